package org.scrutineer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.scrutineer.TestClock;

/** The throttle's arithmetic and its memory, without a server. */
class SignInThrottleTests {

    private final TestClock clock = new TestClock();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInSettings(3, 20, Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(15), 100), clock);

    @Test
    void failuresBeyondTheFreeOnesWaitLongerEachTimeUpTo30sAndASuccessForgetsThem() {
        for (int i = 0; i < 3; i++) {
            assertThat(fail("owen", "10.0.0.1")).as("free failure " + (i + 1)).isTrue();
        }
        SignInThrottle.Attempt fourth = throttle.admit("owen", "10.0.0.1");
        assertThat(fourth.admitted()).as("the three free failures cost nothing").isTrue();
        fourth.failed();
        assertThat(throttle.admit("owen", "10.0.0.1").retryAfter()).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(30));
            fail("owen", "10.0.0.1");
        }
        assertThat(throttle.admit("owen", "10.0.0.2").retryAfter()).as("whichever address").isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        SignInThrottle.Attempt right = throttle.admit("OWEN", "10.0.0.1");
        assertThat(right.admitted()).as("never locked for good").isTrue();
        right.succeeded();
        assertThat(throttle.admit("owen", "10.0.0.1").admitted()).isTrue();
    }

    @Test
    void pastItsFreeFailuresAUserHasOneAttemptRunningAtATime() {
        for (int i = 0; i < 4; i++) {
            fail("owen", "10.0.0.1");
        }
        clock.advance(Duration.ofSeconds(1));
        SignInThrottle.Attempt first = throttle.admit("owen", "10.0.0.1");
        assertThat(first.admitted()).isTrue();
        assertThat(throttle.admit("owen", "10.0.0.3").admitted()).as("a parallel guess").isFalse();
        first.failed();
        clock.advance(Duration.ofSeconds(2));
        SignInThrottle.Attempt next = throttle.admit("owen", "10.0.0.3");
        assertThat(next.admitted()).isTrue();
        // an attempt a door never closed holds the user up no longer than the longest wait
        clock.advance(Duration.ofSeconds(30));
        assertThat(throttle.admit("owen", "10.0.0.3").admitted()).isTrue();
        // with no failures, a user's requests run side by side (an API client in parallel)
        SignInThrottle.Attempt a = throttle.admit("cora", "10.0.0.4");
        assertThat(throttle.admit("cora", "10.0.0.4").admitted()).isTrue();
        a.succeeded();
    }

    @Test
    void aStrangerSprayingNamesCannotGrowTheMemoryPastItsBound() {
        for (int i = 0; i < 10_000; i++) {
            clock.advance(Duration.ofMinutes(1)); // past the address's wait, to keep spraying
            fail("made-up-" + i, "198.51.100." + (i % 250));
        }
        assertThat(throttle.remembered()).isLessThanOrEqualTo(200);
    }

    @Test
    void failuresAreForgottenAfterAQuietSpell() {
        for (int i = 0; i < 8; i++) {
            fail("olive", "10.0.0.1");
        }
        assertThat(throttle.admit("olive", "10.0.0.1").admitted()).isFalse();
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.admit("olive", "10.0.0.1").admitted()).isTrue();
        assertThat(throttle.remembered()).isZero();
    }

    private boolean fail(String user, String address) {
        SignInThrottle.Attempt attempt = throttle.admit(user, address);
        if (attempt.admitted()) {
            attempt.failed();
        }
        return attempt.admitted();
    }
}
