package com.campaigntracker.warning;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaigntracker.IntegrationTest;
import com.campaigntracker.MutableClock;
import com.campaigntracker.SignIn;
import com.campaigntracker.people.Person;
import com.campaigntracker.report.FinishedCampaign;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 9, the measures that worked: measures of accepted explanations in finished campaigns, rated by
 * whether the task then finished by the agreed dates, suggested for similar causes.
 */
class MeasureLibraryIT extends IntegrationTest {

    @Autowired
    MeasureLibrary library;
    @Autowired
    ApplicationContext context;
    @Autowired
    MutableClock clock;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void measures_are_suggested_for_similar_causes_the_ones_that_worked_rated_so() {
        // 增加一名设计师: the key visual then kept its new dates
        Person manager = FinishedCampaign.withNewPeople(context, clock, users).manager();
        clock.reset();
        SignIn.as(users, manager.getUsername()); // sees this campaign only
        List<MeasureSuggestion> mine = library.suggest(CauseType.OBJECTIVE, "客户又改了主视觉方向", 5);
        assertThat(mine).singleElement().satisfies(m -> {
            assertThat(m.description()).isEqualTo("增加一名设计师");
            assertThat(m.timesTaken()).isEqualTo(1);
            assertThat(m.timesWorked()).isEqualTo(1);
        });
        assertThat(library.suggest(CauseType.SUBJECTIVE, "客户又改了主视觉方向", 5)).isEmpty();

        // the demo's two finished festivals: the sample rework twice, the production once, late both times
        SignIn.as(users, "zhang");
        List<MeasureSuggestion> demo = library.suggest(CauseType.OBJECTIVE, "打样又返工了", 5);
        assertThat(demo).first().satisfies(m -> {
            assertThat(m.description()).isEqualTo("设计与打样并行，每天与工厂确认");
            assertThat(m.timesTaken()).isEqualTo(2);
            assertThat(m.timesWorked()).isZero();
        });
        assertThat(demo).extracting(MeasureSuggestion::description).contains("生产线加开夜班")
                .doesNotContain("增加一名设计师"); // zhang does not see that campaign
    }
}
