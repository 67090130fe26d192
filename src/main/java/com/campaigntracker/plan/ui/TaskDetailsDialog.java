package com.campaigntracker.plan.ui;

import com.campaigntracker.gantt.GanttTask;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What a double click on a bar shows: the task's facts, the way to the table to edit them, its history and discussion. */
class TaskDetailsDialog extends Dialog {

    TaskDetailsDialog(GanttTask task, java.util.List<GanttTask.TooltipLine> facts, Runnable editInTable,
                      Runnable showHistory, Runnable openDiscussion) {
        setId("task-details");
        setHeaderTitle(task.text());
        Div lines = new Div();
        lines.addClassName("task-details");
        for (GanttTask.TooltipLine line : facts) {
            Span label = new Span(line.label());
            label.addClassName("fact-label");
            lines.add(new Div(label, new Span(line.value())));
        }
        add(lines);
        Button edit = new Button(getTranslation("gantt.editInTable"), e -> {
            close();
            editInTable.run();
        });
        edit.setId("edit-in-table");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button close = new Button(getTranslation("action.close"), e -> close());
        Button history = new Button(getTranslation("plan.history"), e -> showHistory.run());
        history.setId("task-history");
        Button discussion = new Button(getTranslation("discussion.open"), e -> {
            close();
            openDiscussion.run();
        });
        discussion.setId("task-discussion");
        getFooter().add(history, discussion, close, edit);
    }
}
