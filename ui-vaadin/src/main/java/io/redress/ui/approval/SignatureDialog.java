package io.redress.ui.approval;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.NotFoundException;
import io.redress.core.approval.ApprovalDesk;
import io.redress.core.approval.ApprovalFile;
import io.redress.core.approval.Verdict;
import io.redress.core.identity.Caller;
import io.redress.core.sla.ClockStateException;
import io.redress.plugin.api.FieldError;

/**
 * An electronic signature: shows exactly what is approved (the decision, its case, amount, text, version and the
 * fingerprint of that content) and asks for the signer's password before approving or rejecting; a rejection needs
 * its reason. The platform checks the password again and refuses a content that changed meanwhile.
 */
public class SignatureDialog extends Dialog {

    private final ApprovalDesk desk;
    private final Caller caller;
    private final ApprovalFile request;
    private final Runnable signed;
    private final TextArea comment = new TextArea();
    private final PasswordField password = new PasswordField();

    SignatureDialog(ApprovalDesk desk, Caller caller, ApprovalFile request, Runnable signed) {
        this.desk = desk;
        this.caller = caller;
        this.request = request;
        this.signed = signed;
        setHeaderTitle(getTranslation("signature.title", request.caseNumber()));
        setId("signature-dialog");

        FormLayout what = new FormLayout();
        what.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        what.addFormItem(text("signature-type", getTranslation("approval.type." + request.type().name())), getTranslation("approvals.type"));
        what.addFormItem(text("signature-amount", amount(request)), getTranslation("approvals.amount"));
        what.addFormItem(text("signature-subject", request.subject()), getTranslation("approvals.subject"));
        what.addFormItem(text("signature-version", String.valueOf(request.version())), getTranslation("signature.version"));
        Span hash = text("signature-hash", request.contentHash());
        hash.getStyle().set("font-family", "monospace").set("word-break", "break-all");
        what.addFormItem(hash, getTranslation("signature.hash"));

        comment.setId("signature-comment");
        comment.setLabel(getTranslation("signature.comment"));
        comment.setWidthFull();
        comment.setMaxLength(4000);
        password.setId("signature-password");
        password.setLabel(getTranslation("signature.password"));
        password.setHelperText(getTranslation("signature.passwordHelp"));
        password.setWidthFull();
        add(what, new Paragraph(getTranslation("signature.explain")), comment, password);

        Button approve = new Button(getTranslation("signature.approve"), e -> sign(Verdict.APPROVE));
        approve.setId("signature-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button reject = new Button(getTranslation("signature.reject"), e -> sign(Verdict.REJECT));
        reject.setId("signature-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("signature.cancel"), e -> close());
        cancel.setId("signature-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, reject, approve);
    }

    static String amount(ApprovalFile f) {
        return f.amount() == null ? "—" : f.amount().amount().toPlainString() + " " + f.amount().currency().getCurrencyCode();
    }

    private static Span text(String id, String value) {
        Span span = new Span(value);
        span.setId(id);
        return span;
    }

    void sign(Verdict verdict) {
        comment.setInvalid(false);
        password.setInvalid(false);
        boolean ok = true;
        if (verdict == Verdict.REJECT && comment.getValue().isBlank()) {
            comment.setErrorMessage(getTranslation("signature.reasonNeeded"));
            comment.setInvalid(true);
            ok = false;
        }
        if (password.getValue().isEmpty()) {
            password.setErrorMessage(getTranslation("signature.passwordNeeded"));
            password.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return;
        }
        try {
            desk.decide(caller.tenant(), request.id(), verdict, comment.getValue(), password.getValue().toCharArray(),
                    request.contentHash(), caller);
        } catch (NotAllowedException refused) {
            password.clear();
            password.setErrorMessage(getTranslation("signature.refused"));
            password.setInvalid(true);
            return;
        } catch (InvalidInputException invalid) {
            invalid.errors().stream().map(FieldError::message).findFirst().ifPresent(m -> {
                comment.setErrorMessage(m);
                comment.setInvalid(true);
            });
            return;
        } catch (ClockStateException | NotFoundException gone) {
            Notification.show(getTranslation("signature.gone")).addThemeVariants(NotificationVariant.LUMO_ERROR);
            close();
            signed.run();
            return;
        }
        Notification.show(getTranslation(verdict == Verdict.APPROVE ? "signature.approved" : "signature.rejected"))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        close();
        signed.run();
    }

    TextArea comment() {
        return comment;
    }

    PasswordField password() {
        return password;
    }
}
