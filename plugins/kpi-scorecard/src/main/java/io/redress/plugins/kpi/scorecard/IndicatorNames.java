package io.redress.plugins.kpi.scorecard;

import io.redress.plugin.api.Indicator;
import io.redress.plugin.api.LocalizedText;
import java.util.Map;

/** The names of the standard indicators, and of the stages of the three policies' plans in an on-time rate. */
final class IndicatorNames {

    private static final Map<String, LocalizedText> NAMES = Map.of(
            Indicator.FIRST_RESPONSE_RATE, LocalizedText.of("首次响应及时率", "First-response rate"),
            Indicator.RESOLUTION_RATE, LocalizedText.of("解决率", "Resolution rate"),
            Indicator.AVERAGE_RESOLUTION_HOURS, LocalizedText.of("平均解决时长（小时）", "Average resolution time (hours)"),
            Indicator.SATISFACTION_RATE, LocalizedText.of("满意率", "Satisfaction rate"),
            Indicator.AVERAGE_SATISFACTION, LocalizedText.of("平均满意度（1–5分）", "Average satisfaction (1–5)"),
            Indicator.REOPEN_RATE, LocalizedText.of("重开率", "Reopen rate"));

    private static final Map<String, LocalizedText> STAGES = Map.ofEntries(
            Map.entry("RESPONSE", LocalizedText.of("首次响应", "response")),
            Map.entry("REGISTRATION", LocalizedText.of("登记", "registration")),
            Map.entry("TRIAGE", LocalizedText.of("分派", "triage")),
            Map.entry("CONTAINMENT", LocalizedText.of("应急控制", "containment")),
            Map.entry("INVESTIGATION_PLAN", LocalizedText.of("调查方案", "investigation plan")),
            Map.entry("INVESTIGATION", LocalizedText.of("调查", "investigation")),
            Map.entry("PLAN", LocalizedText.of("处理方案", "plan")),
            Map.entry("RESOLUTION", LocalizedText.of("解决", "resolution")),
            Map.entry("PROGRESS_UPDATE", LocalizedText.of("进度通报", "progress update")),
            Map.entry("FEEDBACK", LocalizedText.of("结果反馈", "feedback")),
            Map.entry("RETURN_VISIT", LocalizedText.of("回访", "return visit")),
            Map.entry("SATISFACTION", LocalizedText.of("满意度评估", "satisfaction assessment")));

    private IndicatorNames() {
    }

    static LocalizedText of(String code) {
        if (code.startsWith(Indicator.ON_TIME_RATE_PREFIX)) {
            String stage = code.substring(Indicator.ON_TIME_RATE_PREFIX.length());
            LocalizedText name = STAGES.get(stage);
            // a tenant's own stage is shown by its code, which a Chinese reader knows from the plan
            return name == null ? LocalizedText.of(stage + " 阶段按时完成率", "On-time rate of " + stage)
                    : LocalizedText.of(name.zh() + "阶段按时完成率", "On-time rate of " + name.en());
        }
        LocalizedText name = NAMES.get(code);
        if (name == null) {
            throw new IllegalArgumentException("not a standard indicator: " + code);
        }
        return name;
    }
}
