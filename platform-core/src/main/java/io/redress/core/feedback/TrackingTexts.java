package io.redress.core.feedback;

import io.redress.core.complaint.ComplaintStatus;

import java.util.Locale;
import java.util.Map;

/**
 * The words the complainant reads, in Chinese and English; every other language falls back to English. Statuses are
 * said from the complainant's side ("we are looking into it"), not as the staff's workflow names them.
 */
final class TrackingTexts {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("status.RECEIVED", "已收到"),
            Map.entry("status.NEEDS_MANUAL_GRADING", "已收到"),
            Map.entry("status.ACKNOWLEDGED", "已受理"),
            Map.entry("status.REGISTERED", "已登记"),
            Map.entry("status.ASSIGNED", "已安排专人处理"),
            Map.entry("status.INVESTIGATING", "调查中"),
            Map.entry("status.PLAN_PROPOSED", "正在制定解决方案"),
            Map.entry("status.PLAN_APPROVED", "解决方案已确定"),
            Map.entry("status.RESOLVING", "解决中"),
            Map.entry("status.RESOLVED", "已解决"),
            Map.entry("status.FEEDBACK_GIVEN", "已反馈处理结果"),
            Map.entry("status.RETURN_VISITED", "已回访"),
            Map.entry("status.CLOSED", "已办结"),
            Map.entry("status.WAITING_FOR_CUSTOMER", "等待您的回复"),
            Map.entry("status.REOPENED", "已重新受理"),
            Map.entry("stage.RESPONSE", "首次响应"),
            Map.entry("stage.REGISTRATION", "登记"),
            Map.entry("stage.TRIAGE", "分派"),
            Map.entry("stage.CONTAINMENT", "紧急处置"),
            Map.entry("stage.INVESTIGATION_PLAN", "调查计划"),
            Map.entry("stage.INVESTIGATION", "调查"),
            Map.entry("stage.PLAN", "解决方案"),
            Map.entry("stage.RESOLUTION", "解决"),
            Map.entry("stage.PROGRESS_UPDATE", "进度通报"),
            Map.entry("stage.FEEDBACK", "结果反馈"),
            Map.entry("stage.RETURN_VISIT", "回访"),
            Map.entry("stage.SATISFACTION", "满意度评价"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("status.RECEIVED", "Received"),
            Map.entry("status.NEEDS_MANUAL_GRADING", "Received"),
            Map.entry("status.ACKNOWLEDGED", "Acknowledged"),
            Map.entry("status.REGISTERED", "Registered"),
            Map.entry("status.ASSIGNED", "Assigned to a case handler"),
            Map.entry("status.INVESTIGATING", "Under investigation"),
            Map.entry("status.PLAN_PROPOSED", "Preparing a solution"),
            Map.entry("status.PLAN_APPROVED", "Solution decided"),
            Map.entry("status.RESOLVING", "Being resolved"),
            Map.entry("status.RESOLVED", "Resolved"),
            Map.entry("status.FEEDBACK_GIVEN", "Result communicated"),
            Map.entry("status.RETURN_VISITED", "Followed up"),
            Map.entry("status.CLOSED", "Closed"),
            Map.entry("status.WAITING_FOR_CUSTOMER", "Waiting for your reply"),
            Map.entry("status.REOPENED", "Reopened"),
            Map.entry("stage.RESPONSE", "First response"),
            Map.entry("stage.REGISTRATION", "Registration"),
            Map.entry("stage.TRIAGE", "Assignment"),
            Map.entry("stage.CONTAINMENT", "Immediate containment"),
            Map.entry("stage.INVESTIGATION_PLAN", "Investigation plan"),
            Map.entry("stage.INVESTIGATION", "Investigation"),
            Map.entry("stage.PLAN", "Solution plan"),
            Map.entry("stage.RESOLUTION", "Resolution"),
            Map.entry("stage.PROGRESS_UPDATE", "Progress update"),
            Map.entry("stage.FEEDBACK", "Result communicated"),
            Map.entry("stage.RETURN_VISIT", "Follow-up visit"),
            Map.entry("stage.SATISFACTION", "Satisfaction survey"));

    private TrackingTexts() {
    }

    /** Chinese for any Chinese, English for everything else. */
    static Locale supported(Locale wanted) {
        return wanted != null && "zh".equals(wanted.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** The complainant's language if the case has one, else the tenant's, as {@link #supported}. */
    static Locale of(String complaintLanguage, Locale tenantLocale) {
        return supported(complaintLanguage == null || complaintLanguage.isBlank() ? tenantLocale
                : Locale.forLanguageTag(complaintLanguage));
    }

    static String status(ComplaintStatus status, Locale language) {
        return text("status." + status.name(), language, status.name());
    }

    /** A stage the tenant named itself reads as its code, words separated. */
    static String stage(String stage, Locale language) {
        return text("stage." + stage, language, stage.replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    private static String text(String key, Locale language, String fallback) {
        return (CHINESE.equals(supported(language)) ? ZH : EN).getOrDefault(key, fallback);
    }
}
