package io.chargeops.core.appcontent;

import java.time.Instant;

/** A FAQ entry, notice or banner as the app and the ops API show it. */
public record AppContentView(Long id, String kind, String title, String body, String imageUrl, String linkUrl,
                             int sortNo, boolean published, Instant visibleFrom, Instant visibleUntil, Instant updatedAt) {
}
