package io.chargeops.core.identity;

import io.chargeops.core.RefusedException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The rules of handing out console permissions, without a database: what an account of a type may hold at all, that a
 * grant names catalogue codes and carries its parents along (a button needs its page, a page its directory), and that
 * nobody grants what it does not hold itself — neither in a role it edits nor through a role it assigns.
 */
public final class PermissionGrants {

    private static final Map<String, ConsoleMenu> BY_CODE = ConsoleMenus.CATALOGUE.stream()
            .collect(Collectors.toMap(ConsoleMenu::code, Function.identity()));

    private PermissionGrants() {
    }

    /** What an account of {@code type} may use of {@code granted}: no platform-wide screens for merchants and channels. */
    public static Set<String> effective(Set<String> granted, ConsoleAccountType type) {
        Set<String> all = new LinkedHashSet<>(granted);
        if (type != ConsoleAccountType.PLATFORM) {
            all.removeAll(ConsoleMenus.PLATFORM_ONLY);
        }
        if (type == ConsoleAccountType.CHANNEL) {
            all.removeAll(ConsoleMenus.NOT_FOR_CHANNELS);
        }
        return all;
    }

    /**
     * The codes a role will hold for {@code requested}: each a catalogue code (else 400 {@code unknown-permission}),
     * with the page of each button and the directory of each page added.
     */
    public static Set<String> completed(Set<String> requested) {
        Set<String> unknown = requested.stream().filter(c -> !BY_CODE.containsKey(c)).collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.INVALID, "unknown-permission", "No permission " + unknown);
        }
        Set<String> all = new TreeSet<>();
        for (String code : requested) {
            for (ConsoleMenu m = BY_CODE.get(code); m != null; m = m.parent() == null ? null : BY_CODE.get(m.parent())) {
                all.add(m.code());
            }
        }
        return all;
    }

    /**
     * Refuses (422 {@code permission-not-held}) when {@code granted} holds a code {@code held} does not: a merchant
     * administrator cannot hand out more than it may do itself.
     */
    public static void requireHeld(Set<String> held, Set<String> granted, String what) {
        Set<String> missing = granted.stream().filter(c -> !held.contains(c)).collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            throw new RefusedException(RefusedException.Kind.UNPROCESSABLE, "permission-not-held",
                    what + " would grant permissions you do not hold: " + missing);
        }
    }
}
