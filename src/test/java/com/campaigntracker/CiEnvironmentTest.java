package com.campaigntracker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class CiEnvironmentTest {

    @Test
    void only_CI_true_is_the_CI() {
        assertThat(CiEnvironment.isCi("true")).isTrue();
        assertThat(CiEnvironment.isCi("TRUE ")).isTrue();
        assertThat(CiEnvironment.isCi(null)).isFalse();
        assertThat(CiEnvironment.isCi("")).isFalse();
        assertThat(CiEnvironment.isCi("false")).isFalse();
        assertThat(CiEnvironment.isCi("1")).isFalse();
    }

    @Test
    void what_is_there_is_used_on_the_CI_and_elsewhere() {
        assertThatCode(() -> CiEnvironment.require(true, "nothing missing", true)).doesNotThrowAnyException();
        assertThatCode(() -> CiEnvironment.require(true, "nothing missing", false)).doesNotThrowAnyException();
    }

    @Test
    void what_is_missing_fails_on_the_CI() {
        assertThatThrownBy(() -> CiEnvironment.require(false, "No server at 127.0.0.1:3306", true))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("No server at 127.0.0.1:3306")
                .hasMessageContaining("CI=true");
    }

    @Test
    void what_is_missing_skips_the_test_elsewhere_saying_why() {
        assertThatThrownBy(() -> CiEnvironment.require(false, "No server at 127.0.0.1:3306", false))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("No server at 127.0.0.1:3306");
    }
}
