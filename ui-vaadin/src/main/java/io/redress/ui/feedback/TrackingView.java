package io.redress.ui.feedback;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.redress.core.NotFoundException;
import io.redress.core.TooManyRequestsException;
import io.redress.core.feedback.PublicRateLimit;
import io.redress.core.feedback.TrackingDesk;
import io.redress.core.feedback.TrackingDesk.Step;
import io.redress.core.feedback.TrackingDesk.Tracking;
import io.redress.core.sla.ClockStateException;
import io.redress.ui.i18n.RedressI18nProvider;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The complainant's page of their case, public at {@code track/<token>}: outside {@link io.redress.ui.MainLayout},
 * so nobody is asked to sign in and no staff navigation shows. Speaks the language of the case (the complainant's,
 * else the tenant's), shows the status, the stages done and the next one with its due time — never notes or staff —
 * and the five-point survey with a comment once the result has been given, until it is answered. Each view and
 * answer counts against the public rate limit, as the API's requests do ({@link PublicRateLimit}).
 */
@Route("track/:" + TrackingView.TOKEN)
@Dependent
public class TrackingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String TOKEN = "token";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TrackingDesk desk;
    private final PublicRateLimit limit;
    private final H2 title = new H2();
    private final Div content = new Div();
    private Locale language;
    private String token;

    @Inject
    public TrackingView(TrackingDesk desk, PublicRateLimit limit) {
        this.desk = desk;
        this.limit = limit;
        addClassName("redress-tracking");
        setMaxWidth("48rem");
        content.setWidthFull();
        add(title, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String shown = event.getRouteParameters().get(TOKEN).orElse("");
        if (allowed()) {
            show(shown);
        }
    }

    /**
     * Counts the request against the public rate limit, the same as the API's (a page view, a survey answer); past
     * it, says when to try again instead of looking the token up.
     */
    boolean allowed() {
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            limit.take(request == null ? null : request.getRemoteAddr(), request == null ? null : request.getHeader("X-Forwarded-For"));
            return true;
        } catch (TooManyRequestsException e) {
            language = RedressI18nProvider.supported(getLocale());
            title.setText(t("track.title"));
            content.removeAll();
            Paragraph wait = new Paragraph(t("track.tooMany", e.retryAfterSeconds()));
            wait.setId("track-too-many");
            content.add(wait);
            return false;
        }
    }

    /** Shows the case of the token, or that there is none. */
    void show(String token) {
        this.token = token;
        content.removeAll();
        Optional<Tracking> found = desk.track(token);
        language = found.map(Tracking::language).orElse(RedressI18nProvider.supported(getLocale()));
        if (found.isEmpty()) {
            title.setText(t("track.title"));
            Paragraph missing = new Paragraph(t("track.notFound"));
            missing.setId("track-not-found");
            content.add(missing);
            return;
        }
        Tracking tracking = found.get();
        title.setText(t("track.title") + " · " + tracking.caseNumber());
        Paragraph subject = new Paragraph(t("track.subject", tracking.subject()));
        Paragraph status = new Paragraph(t("track.status", tracking.statusText()));
        status.setId("track-status");
        Paragraph received = new Paragraph(t("track.receivedAt", at(tracking.receivedAt(), tracking.zone()), tracking.zone().getId()));
        content.add(subject, status, received, new H3(t("track.progress")), steps(tracking));
        Paragraph next = new Paragraph(tracking.next() == null ? t("track.noNext")
                : t("track.next", tracking.next().label(), at(tracking.next().at(), tracking.zone())));
        next.setId("track-next");
        content.add(next, survey(tracking));
    }

    private OrderedList steps(Tracking tracking) {
        OrderedList list = new OrderedList();
        list.setId("track-steps");
        for (Step step : tracking.done()) {
            list.add(new ListItem(step.label() + " · " + at(step.at(), tracking.zone())));
        }
        if (tracking.done().isEmpty()) {
            list.add(new ListItem(t("track.nothingDoneYet")));
        }
        return list;
    }

    private Div survey(Tracking tracking) {
        Div box = new Div();
        box.setId("track-survey");
        TrackingDesk.Survey survey = tracking.survey();
        if (survey.score() != null) {
            box.add(new H3(t("track.survey")), new Paragraph(t("track.thanks", survey.score())));
            return box;
        }
        if (!survey.open()) {
            return box;
        }
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>(t("track.score"));
        score.setId("survey-score");
        score.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        List<Integer> scores = IntStream.rangeClosed(TrackingDesk.MIN_SCORE, TrackingDesk.MAX_SCORE).boxed().toList().reversed();
        score.setItems(scores);
        score.setItemLabelGenerator(s -> t("track.score." + s));
        score.setRequiredIndicatorVisible(true);
        TextArea comment = new TextArea(t("track.comment"));
        comment.setId("survey-comment");
        comment.setMaxLength(4000);
        comment.setWidthFull();
        Button send = new Button(t("track.send"), e -> answer(score, comment));
        send.setId("survey-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph due = new Paragraph(survey.dueAt() == null ? "" : t("track.surveyDue", at(survey.dueAt(), tracking.zone())));
        box.add(new H3(t("track.survey")), due, score, comment, send);
        return box;
    }

    private void answer(RadioButtonGroup<Integer> score, TextArea comment) {
        if (score.getValue() == null) {
            score.setInvalid(true);
            score.setErrorMessage(t("track.scoreRequired"));
            return;
        }
        if (!allowed()) {
            return;
        }
        try {
            desk.answerSurvey(token, score.getValue(), comment.getValue().isBlank() ? null : comment.getValue().strip());
        } catch (ClockStateException | NotFoundException e) {
            // answered meanwhile (another tab), or the link is gone: show the case as it stands
        }
        show(token);
    }

    private String t(String key, Object... params) {
        return getTranslation(language, key, params);
    }

    private static String at(Instant instant, ZoneId zone) {
        return AT.format(instant.atZone(zone));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(language == null ? getLocale() : language, "track.title");
    }
}
