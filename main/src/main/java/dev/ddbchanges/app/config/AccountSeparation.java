package dev.ddbchanges.app.config;

import java.util.List;

/**
 * Production in an account of its own unless it says otherwise: IAM, and with it the key policy's trust of the
 * account, is per account, so an identity made for a test environment can be widened to production's data.
 */
final class AccountSeparation {
    private AccountSeparation() {}

    /** Ephemeral environments are in the list already, with their base's account. */
    static void check(List<EnvironmentSettings> settings, Problems problems) {
        for (EnvironmentSettings production : settings) {
            if (!production.production() || production.sharedAccount()) {
                continue;
            }
            // A production environment without accountId never gets here: the parser refuses it.
            String account = production.accountId().orElseThrow();
            List<String> sharing = settings.stream()
                    .filter(other -> !other.production())
                    .filter(other -> other.accountId().filter(account::equals).isPresent())
                    .map(EnvironmentSettings::name)
                    .toList();
            if (!sharing.isEmpty()) {
                problems.add("environment '" + production.name() + "' (production) has accountId \"" + account
                        + "\", the account of non-production environment(s) " + quoted(sharing)
                        + "; in one account, IAM reaches both: production's key policy trusts the account, and a "
                        + "role or deploy identity made for a test environment can be widened to production's data. "
                        + "Give " + production.name() + " an account of its own, or set sharedAccount to true on "
                        + production.name() + " to say the sharing is meant");
            }
        }
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(name -> "'" + name + "'").toList());
    }
}
