package io.offerbench.store;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which backups to keep. The rule: the {@value #KEEP_NEWEST} newest backups, plus the newest backup
 * in each of the {@value #WEEKS} seven-day windows counting back from now (so a mistake noticed three
 * weeks later can still be undone). Everything else is deleted.
 */
final class BackupRotation {

    static final int KEEP_NEWEST = 5;
    static final int WEEKS = 4;

    private BackupRotation() {
    }

    /** @param newestFirst all backups, sorted by {@link BackupInfo#NEWEST_FIRST} */
    static Set<BackupInfo> toKeep(List<BackupInfo> newestFirst, LocalDateTime now) {
        Set<BackupInfo> keep = new HashSet<>(newestFirst.subList(0, Math.min(KEEP_NEWEST, newestFirst.size())));
        for (int week = 0; week < WEEKS; week++) {
            LocalDateTime windowEnd = now.minusDays(7L * week);
            LocalDateTime windowStart = now.minusDays(7L * (week + 1));
            for (BackupInfo b : newestFirst) {
                if (b.takenAt().isAfter(windowStart) && !b.takenAt().isAfter(windowEnd)) {
                    keep.add(b);
                    break;
                }
            }
        }
        return keep;
    }
}
