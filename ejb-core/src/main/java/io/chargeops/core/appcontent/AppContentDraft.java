package io.chargeops.core.appcontent;

import java.time.Instant;

/** What an operator writes: title required (1..100), body up to 2000, URLs http(s) up to 500. */
public record AppContentDraft(String kind, String title, String body, String imageUrl, String linkUrl, Integer sortNo,
                              Boolean published, Instant visibleFrom, Instant visibleUntil) {
}
