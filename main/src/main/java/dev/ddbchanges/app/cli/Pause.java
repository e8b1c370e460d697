package dev.ddbchanges.app.cli;

import java.time.Duration;

/**
 * How a command that follows a long AWS operation (an export, a state machine's run) waits between two looks at it:
 * {@link #REAL} sleeps; the tests pass one that does not.
 */
@FunctionalInterface
public interface Pause {
    Pause REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
