package io.redress.core.corrective;

import java.time.LocalDate;
import java.util.List;

/**
 * An action for the ledger, as the API or the UI read it.
 *
 * @param cause       the problem the cases exposed, which the action is to remove
 * @param owner       the user name of the staff member who carries it out
 * @param dueDate     the last day, in the tenant's time zone
 * @param caseNumbers the cases that exposed the problem; each must be a case of the tenant
 */
public record NewCorrectiveAction(String title, String cause, String owner, LocalDate dueDate, String acceptanceCriteria,
                                  List<String> caseNumbers) {

    public NewCorrectiveAction {
        caseNumbers = caseNumbers == null ? List.of() : List.copyOf(caseNumbers);
    }
}
