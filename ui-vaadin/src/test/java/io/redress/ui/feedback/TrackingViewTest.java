package io.redress.ui.feedback;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import io.redress.core.NotFoundException;
import io.redress.core.complaint.ComplaintStatus;
import io.redress.core.feedback.PublicRateLimit;
import io.redress.core.feedback.TrackingDesk;
import io.redress.core.sla.ClockStateException;
import io.redress.ui.i18n.RedressI18nProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The complainant's public page (Karibu) over an in-memory desk: progress in the case's language whatever the
 * browser's, no staff frame, and the survey answered once from the page.
 */
class TrackingViewTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String TOKEN = "acme.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    /** One case whose status and survey the test sets, answered as the platform would. */
    static final class InMemoryTrackingDesk implements TrackingDesk {
        final Map<String, Tracking> cases = new HashMap<>();
        final List<String> answers = new ArrayList<>();

        @Override
        public Optional<Tracking> track(String token) {
            return Optional.ofNullable(cases.get(token));
        }

        @Override
        public Tracking answerSurvey(String token, int score, String comment) {
            Tracking t = track(token).orElseThrow(() -> new NotFoundException("no case"));
            if (!t.survey().open()) {
                throw new ClockStateException("not open");
            }
            answers.add(score + ":" + comment);
            Tracking answered = new Tracking(t.caseNumber(), t.subject(), t.language(), t.status(), t.statusText(),
                    t.receivedAt(), t.done(), t.next(), new Survey(false, t.survey().dueAt(), score, Instant.parse("2026-12-09T02:00:00Z")),
                    t.zone());
            cases.put(token, answered);
            return answered;
        }
    }

    private final InMemoryTrackingDesk desk = new InMemoryTrackingDesk();

    @BeforeEach
    void setUp() {
        System.setProperty("vaadin.i18n.provider", RedressI18nProvider.class.getName());
        MockVaadin.setup(new Routes());
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static TrackingDesk.Tracking feedbackGiven(Locale language, String statusText, String feedbackLabel) {
        return new TrackingDesk.Tracking("C-20261120-0001", "Parcel lost", language, ComplaintStatus.FEEDBACK_GIVEN, statusText,
                Instant.parse("2026-11-20T02:00:00Z"),
                List.of(new TrackingDesk.Step("RESPONSE", "First response", Instant.parse("2026-11-20T03:00:00Z")),
                        new TrackingDesk.Step("FEEDBACK", feedbackLabel, Instant.parse("2026-12-08T06:00:00Z"))),
                new TrackingDesk.Step("SATISFACTION", "Satisfaction survey", Instant.parse("2026-12-17T10:00:00Z")),
                new TrackingDesk.Survey(true, Instant.parse("2026-12-17T10:00:00Z"), null, null), SHANGHAI);
    }

    private TrackingView open(String token) {
        return open(token, new PublicRateLimit(PublicRateLimit.Rate.parse("100/PT1M"), Set.of(), null));
    }

    private TrackingView open(String token, PublicRateLimit limit) {
        TrackingView view = new TrackingView(desk, limit);
        UI.getCurrent().add(view);
        view.show(token);
        return view;
    }

    private static String text(String id) {
        return LocatorJ._get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    @Test
    void showsProgressAndTheNextStepInTheComplainantsLanguageWithoutTheStaffFrame() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        desk.cases.put(TOKEN, feedbackGiven(Locale.ENGLISH, "Result communicated", "Result communicated"));
        open(TOKEN);
        assertEquals("Status: Result communicated", text("track-status"), "English, although the browser asks for Chinese");
        assertEquals("Next step: Satisfaction survey, by 2026-12-17 18:00", text("track-next"));
        OrderedList steps = LocatorJ._get(OrderedList.class, spec -> spec.withId("track-steps"));
        assertEquals(2, steps.getChildren().count());
        assertTrue(LocatorJ._find(AppLayout.class).isEmpty(), "no staff navigation on the public page");
    }

    @Test
    void inChineseForAChineseCase() {
        desk.cases.put(TOKEN, feedbackGiven(Locale.SIMPLIFIED_CHINESE, "已反馈处理结果", "结果反馈"));
        open(TOKEN);
        assertEquals("状态：已反馈处理结果", text("track-status"));
        assertEquals("您的评价", LocatorJ._get(RadioButtonGroup.class, spec -> spec.withId("survey-score")).getLabel());
    }

    @Test
    void theSurveyIsAnsweredOnceFromThePage() {
        desk.cases.put(TOKEN, feedbackGiven(Locale.ENGLISH, "Result communicated", "Result communicated"));
        open(TOKEN);
        Button send = LocatorJ._get(Button.class, spec -> spec.withId("survey-send"));
        send.click();
        assertTrue(desk.answers.isEmpty(), "no rating chosen: nothing is sent");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> score = LocatorJ._get(RadioButtonGroup.class, spec -> spec.withId("survey-score"));
        assertTrue(score.isInvalid());
        score.setValue(4);
        LocatorJ._get(TextArea.class, spec -> spec.withId("survey-comment")).setValue("Quick once it started");
        send.click();
        assertEquals(List.of("4:Quick once it started"), desk.answers);
        assertTrue(LocatorJ._find(Button.class, spec -> spec.withId("survey-send")).isEmpty(), "the form is gone");
        assertTrue(LocatorJ._find(Paragraph.class, spec -> spec.withText("Thank you for your feedback. Your rating: 4 of 5."))
                .size() == 1);
    }

    @Test
    void pastThePublicRateLimitThePageSaysWhenToTryAgainAndLooksNothingUp() {
        desk.cases.put(TOKEN, feedbackGiven(Locale.ENGLISH, "Result communicated", "Result communicated"));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        TrackingView view = open(TOKEN, new PublicRateLimit(PublicRateLimit.Rate.parse("2/PT1H"), Set.of(), null));
        assertTrue(view.allowed(), "the first request of the hour");
        assertTrue(view.allowed(), "the second");
        assertFalse(view.allowed(), "the third");
        assertTrue(text("track-too-many").startsWith("Too many requests from your network. Please try again in "),
                text("track-too-many"));
        assertTrue(LocatorJ._find(Paragraph.class, spec -> spec.withId("track-status")).isEmpty(), "the case is not shown");
    }

    @Test
    void noSurveyBeforeTheResultAndAnUnknownLinkSaysSo() {
        TrackingDesk.Tracking given = feedbackGiven(Locale.ENGLISH, "Under investigation", "x");
        desk.cases.put(TOKEN, new TrackingDesk.Tracking(given.caseNumber(), given.subject(), given.language(),
                ComplaintStatus.INVESTIGATING, "Under investigation", given.receivedAt(), List.of(), null,
                new TrackingDesk.Survey(false, null, null, null), SHANGHAI));
        open(TOKEN);
        assertTrue(LocatorJ._find(RadioButtonGroup.class).isEmpty());
        assertEquals("No further step is scheduled.", text("track-next"));
        UI.getCurrent().removeAll();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        open("acme.nothing-here");
        assertFalse(text("track-not-found").isBlank());
    }
}
