package com.campaigntracker.people.security;

import com.campaigntracker.people.PeopleService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class PersonUserDetailsService implements UserDetailsService {

    private final PeopleService people;

    PersonUserDetailsService(PeopleService people) {
        this.people = people;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return people.principalFor(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account " + username));
    }
}
