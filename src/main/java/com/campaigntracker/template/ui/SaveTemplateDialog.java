package com.campaigntracker.template.ui;

import com.campaigntracker.people.PeopleService;
import com.campaigntracker.plan.ProjectSummary;
import com.campaigntracker.shared.i18n.TranslatableException;
import com.campaigntracker.shared.ui.Messages;
import com.campaigntracker.template.Placeholder;
import com.campaigntracker.template.TemplateBody;
import com.campaigntracker.template.TemplateDraft;
import com.campaigntracker.template.TemplateService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Saves one of my projects as a template: its name and description, what it will hold, and a
 * label for each person's place ("设计部 designer") so that the next manager knows whom to pick.
 */
class SaveTemplateDialog extends Dialog {

    private final transient TemplateService templates;
    private final transient PeopleService people;
    final ComboBox<ProjectSummary> project = new ComboBox<>();
    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final Paragraph contents = new Paragraph();
    final FormLayout placeholders = new FormLayout();
    final Map<String, TextField> labels = new LinkedHashMap<>();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    SaveTemplateDialog(TemplateService templates, PeopleService people, List<ProjectSummary> mine, Long projectId,
                       Consumer<String> saved) {
        this.templates = templates;
        this.people = people;
        setHeaderTitle(getTranslation("template.saveTitle"));
        setId("save-template");
        setWidth("min(680px, 100vw)");
        project.setId("template-source");
        project.setLabel(getTranslation("template.sourceProject"));
        project.setItems(mine);
        project.setItemLabelGenerator(ProjectSummary::name);
        name.setId("template-name");
        name.setLabel(getTranslation("template.name"));
        name.setMaxLength(TemplateDraft.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        description.setId("template-description");
        description.setLabel(getTranslation("template.description"));
        description.setMaxLength(TemplateDraft.DESCRIPTION_MAX);
        contents.setId("template-contents");
        placeholders.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("480px", 2));
        error.setId("template-save-error");
        error.addClassName("form-error");
        error.setVisible(false);
        FormLayout form = new FormLayout(project, name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setColspan(description, 1);
        add(error, form, contents, new H4(getTranslation("template.placeholders")),
                new Paragraph(getTranslation("template.labelsHelp")), placeholders);
        project.addValueChangeListener(e -> load(e.getValue()));
        mine.stream().filter(p -> projectId != null && p.id() == projectId).findFirst().ifPresent(project::setValue);

        save.setText(getTranslation("action.save"));
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save(saved));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void load(ProjectSummary source) {
        labels.clear();
        placeholders.removeAll();
        contents.setText("");
        error.setVisible(false);
        if (source == null) {
            return;
        }
        if (name.isEmpty() || name.getValue().endsWith(getTranslation("template.suffix"))) {
            name.setValue(source.name() + getTranslation("template.suffix"));
        }
        TemplateBody draft;
        try {
            draft = templates.draft(source.id(), getTranslation("template.managerPlace"));
        } catch (TranslatableException ex) {
            refuse(Messages.text(this, ex));
            return;
        } catch (AccessDeniedException ex) {
            refuse(getTranslation("error.notAllowed"));
            return;
        }
        long links = draft.items().stream().filter(i -> i.predecessors() != null).count();
        long risks = draft.items().stream().mapToLong(i -> i.risks().size()).sum();
        contents.setText(getTranslation("template.contents", draft.items().size(), draft.taskCount(),
                draft.workingDays(), links, risks));
        Map<Long, String> names = people.displayNames(draft.placeholders().stream()
                .map(Placeholder::suggestedPersonId).filter(java.util.Objects::nonNull).toList());
        for (Placeholder p : draft.placeholders()) {
            TextField label = new TextField(getTranslation("template.placeFor",
                    names.getOrDefault(p.suggestedPersonId(), "—")));
            label.setId("label-" + p.key());
            label.setValue(p.label());
            label.setMaxLength(TemplateDraft.LABEL_MAX);
            label.setHelperText(getTranslation("template.holds", held(draft, p.key(), true),
                    held(draft, p.key(), false)));
            labels.put(p.key(), label);
            placeholders.add(label);
        }
    }

    /** How many items the place is the R of, or holds any letter on. */
    private static long held(TemplateBody body, String key, boolean responsibleOnly) {
        return body.items().stream().filter(i -> responsibleOnly ? key.equals(i.responsible())
                : i.people().contains(key)).count();
    }

    private void save(Consumer<String> saved) {
        if (project.getValue() == null) {
            refuse(getTranslation("template.error.noProject"));
            return;
        }
        Map<String, String> edited = new LinkedHashMap<>();
        labels.forEach((key, field) -> edited.put(key, field.getValue()));
        try {
            String key = templates.save(project.getValue().id(), new TemplateDraft(name.getValue(),
                    description.getValue(), edited, getTranslation("template.managerPlace")));
            close();
            saved.accept(key);
        } catch (TranslatableException ex) { // said in the dialog, which keeps what was typed
            refuse(Messages.text(this, ex));
        } catch (AccessDeniedException ex) {
            refuse(getTranslation("error.notAllowed"));
        }
    }

    private void refuse(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
