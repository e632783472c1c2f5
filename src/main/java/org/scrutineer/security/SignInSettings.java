package org.scrutineer.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How repeated failed sign-ins are slowed down ({@link SignInThrottle}). Failures beyond the free ones make the
 * next attempt wait: {@code firstDelay}, doubling with each further failure, never more than {@code maxDelay}.
 * Nothing locks an account for good: a user's failures are forgotten on their next success, and any key's after
 * {@code forgetAfter} without a failure.
 *
 * @param freeFailuresPerUser    failures for one user id that cost nothing (typos)
 * @param freeFailuresPerAddress failures from one client address that cost nothing (an office behind one address)
 * @param firstDelay             the wait after the first failure beyond the free ones
 * @param maxDelay               the longest wait
 * @param forgetAfter            how long a user id or address is remembered after its last failure
 * @param maxTracked             user ids, and separately addresses, remembered at most; past that the least recently
 *                               seen is forgotten, so a stranger spraying names cannot grow the memory without limit
 */
@ConfigurationProperties("scrutineer.sign-in")
public record SignInSettings(@DefaultValue("3") int freeFailuresPerUser,
                             @DefaultValue("20") int freeFailuresPerAddress,
                             @DefaultValue("1s") Duration firstDelay,
                             @DefaultValue("30s") Duration maxDelay,
                             @DefaultValue("15m") Duration forgetAfter,
                             @DefaultValue("10000") int maxTracked) {
}
