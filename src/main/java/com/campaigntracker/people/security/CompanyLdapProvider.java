package com.campaigntracker.people.security;

import com.campaigntracker.people.DirectoryAccounts;
import com.campaigntracker.people.DirectoryIdentity;
import com.campaigntracker.people.DirectorySource;
import com.campaigntracker.people.SignInSettings;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.ldap.core.DirContextAdapter;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.ldap.DefaultSpringSecurityContextSource;
import org.springframework.security.ldap.authentication.BindAuthenticator;
import org.springframework.security.ldap.authentication.LdapAuthenticationProvider;
import org.springframework.security.ldap.authentication.ad.ActiveDirectoryLdapAuthenticationProvider;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.security.ldap.userdetails.UserDetailsContextMapper;

/**
 * Sign-in with the company's LDAP directory or Active Directory ({@code app.sso.ldap.*}): the login form's
 * name and password are checked by binding as that person, and their entry's attributes become the app's
 * account through {@link DirectoryAccounts}. The app keeps no directory password.
 */
final class CompanyLdapProvider {

    private CompanyLdapProvider() {
    }

    static AuthenticationProvider create(SignInSettings.Ldap settings, DirectoryAccounts accounts) {
        UserDetailsContextMapper people = new Mapper(settings, accounts);
        if (settings.activeDirectory()) {
            var ad = new ActiveDirectoryLdapAuthenticationProvider(settings.activeDirectoryDomain(), settings.url());
            ad.setConvertSubErrorCodesToExceptions(true); // disabled, locked and expired accounts are told apart
            ad.setUserDetailsContextMapper(people);
            if (settings.userSearchFilter() != null && !settings.userSearchFilter().equals("(uid={0})")) {
                ad.setSearchFilter(settings.userSearchFilter());
            }
            // objectGUID is binary: read as bytes, not as a garbled string
            ad.setContextEnvironmentProperties(Map.of("java.naming.ldap.attributes.binary", settings.idAttribute()));
            return ad;
        }
        DefaultSpringSecurityContextSource directory = new DefaultSpringSecurityContextSource(settings.url());
        if (settings.managerDn() != null && !settings.managerDn().isBlank()) {
            directory.setUserDn(settings.managerDn());
            directory.setPassword(settings.managerPassword() == null ? "" : settings.managerPassword());
        }
        directory.afterPropertiesSet();
        BindAuthenticator bind = new BindAuthenticator(directory);
        var search = new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(), directory);
        // the user attributes and the (operational, so not returned unless asked for) id attribute
        String[] attributes = {"*", settings.idAttribute()};
        search.setReturningAttributes(attributes);
        bind.setUserSearch(search);
        bind.setUserAttributes(attributes);
        LdapAuthenticationProvider ldap = new LdapAuthenticationProvider(bind);
        ldap.setUserDetailsContextMapper(people);
        return ldap;
    }

    private record Mapper(SignInSettings.Ldap settings, DirectoryAccounts accounts) implements UserDetailsContextMapper {

        @Override
        public UserDetails mapUserFromContext(DirContextOperations entry, String username,
                                              Collection<? extends GrantedAuthority> ignored) {
            String id = text(entry.getObjectAttribute(settings.idAttribute()));
            String signInName = text(entry.getObjectAttribute(settings.usernameAttribute()));
            return accounts.signIn(new DirectoryIdentity(DirectorySource.LDAP, id != null ? id : entry.getNameInNamespace(),
                    signInName != null ? signInName : username, text(entry.getObjectAttribute(settings.nameAttribute())),
                    text(entry.getObjectAttribute(settings.emailAttribute())), true,
                    text(entry.getObjectAttribute(settings.departmentAttribute()))));
        }

        @Override
        public void mapUserToContext(UserDetails user, DirContextAdapter ctx) {
            throw new UnsupportedOperationException("the app never writes to the directory");
        }

        private static String text(Object value) {
            if (value instanceof byte[] bytes) {
                return HexFormat.of().formatHex(bytes);
            }
            return value == null || value.toString().isBlank() ? null : value.toString();
        }
    }
}
