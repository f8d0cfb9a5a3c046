package io.redress.core.api;

import io.redress.core.complaint.Complainant;
import io.redress.core.complaint.Complainant.ComplainantKind;
import io.redress.core.complaint.NewComplaint;
import io.redress.plugin.api.Channel;
import io.redress.plugin.api.Emotion;
import io.redress.plugin.api.Impact;
import io.redress.plugin.api.Money;
import io.redress.plugin.api.RiskFlag;

import java.time.Instant;

/** A complaint as the API takes it in, read field by field (intake, and trying a draft policy). */
final class ComplaintInput {

    private static final int MAX_TEXT = 20_000;

    private ComplaintInput() {
    }

    static NewComplaint read(JsonInput in) {
        Channel channel = in.enumValue("channel", Channel.class, true);
        Instant receivedAt = in.instant("receivedAt", true);
        String region = in.matching("region", false, 64, TenantConfigResource.CALENDAR_CODE, "a calendar code such as MIDDLE_EAST");
        String language = in.matching("language", false, 16, "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", "a language tag such as ar or zh-CN");
        JsonInput person = in.object("complainant", true);
        Complainant complainant = null;
        if (person != null) {
            String name = person.string("name", true, 200);
            String organization = person.string("organization", false, 200);
            ComplainantKind kind = person.enumValue("kind", ComplainantKind.class, false);
            String email = person.matching("email", false, 254, "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "an e-mail address");
            String phone = person.matching("phone", false, 64, "[+0-9 ()./-]{3,64}", "a phone number");
            String country = person.matching("country", false, 2, "[A-Z]{2}", "an ISO 3166 two-letter country code");
            String accountId = person.string("accountId", false, 100);
            complainant = new Complainant(name, organization, kind, email, phone, country, accountId);
        }
        String category = in.string("category", false, 64);
        String subject = in.string("subject", true, 500);
        String description = in.string("description", false, MAX_TEXT);
        String expected = in.string("expectedResolution", false, MAX_TEXT);
        Money loss = in.money("claimedLoss", false);
        Integer count = in.integer("complainantCount", false, 1, 100_000);
        Impact impact = in.enumValue("impact", Impact.class, false);
        Emotion emotion = in.enumValue("emotion", Emotion.class, false);
        var flags = in.enumSet("flags", RiskFlag.class);
        in.check();
        return new NewComplaint(channel, receivedAt, region, language, complainant, category, subject, description, expected,
                loss, count == null ? 1 : count, impact, emotion, flags);
    }

}
