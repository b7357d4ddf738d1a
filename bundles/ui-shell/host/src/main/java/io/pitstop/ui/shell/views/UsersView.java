package io.pitstop.ui.shell.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.pitstop.core.api.PitstopException;
import io.pitstop.core.api.staff.StaffAdministration;
import io.pitstop.core.api.staff.StaffDirectory;
import io.pitstop.core.api.staff.StaffDraft;
import io.pitstop.core.api.staff.StaffGroup;
import io.pitstop.core.api.staff.StaffMember;
import io.pitstop.ui.api.Common;
import io.pitstop.ui.api.FieldProblems;
import io.pitstop.ui.api.Ui;
import io.pitstop.ui.shell.ShellContext;
import io.pitstop.ui.shell.ShellTexts;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The users page for administrators: staff members with a search, a form to
 * create or edit one (roles and groups as multi-selects), disabling with a
 * confirmation, a password reset, and the groups tab. Every change goes
 * through {@link StaffAdministration}, which checks and audits it as the REST
 * API does.
 */
public class UsersView extends VerticalLayout {
    public static final String ROUTE = "users";

    private final ShellContext shell;
    private final Grid<StaffMember> grid = new Grid<>();
    private final Grid<StaffGroup> groupsGrid = new Grid<>();
    private final TextField search = new TextField();

    public UsersView(ShellContext shell) {
        this.shell = shell;
        setId("users-view");
        setSizeFull();
        add(new H2(t("users.title")));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        Common.lazyTab(tabs, "users-tab-members", t("users.tab.members"), this::membersTab);
        Common.lazyTab(tabs, "users-tab-groups", t("users.tab.groups"), this::groupsTab);
        add(tabs);
    }

    private static String t(String key, Object... args) {
        return ShellTexts.t(key, args);
    }

    private StaffDirectory directory() {
        return shell.staff().orElseThrow(() -> new IllegalStateException("The staff directory is not running"));
    }

    private StaffAdministration administration() {
        return shell.staffAdministration().orElseThrow(() -> new IllegalStateException("The staff directory is not running"));
    }

    // ---- members

    private Component membersTab() {
        search.setId("users-search");
        search.setPlaceholder(t("users.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        Button add = new Button(t("users.new"), e -> openForm(null));
        add.setId("user-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("users-grid");
        grid.addColumn(StaffMember::login).setHeader(t("users.login")).setAutoWidth(true);
        grid.addColumn(StaffMember::fullName).setHeader(t("users.fullName")).setAutoWidth(true);
        grid.addColumn(m -> m.position() == null ? "" : m.position()).setHeader(t("users.position"));
        grid.addColumn(m -> String.join(", ", new TreeSet<>(m.roles()))).setHeader(t("users.roles"));
        grid.addColumn(m -> String.join(", ", new TreeSet<>(m.groups()))).setHeader(t("users.groups"));
        grid.addColumn(m -> m.active() ? t("users.active") : t("users.disabled")).setHeader(t("users.state"));
        grid.addColumn(m -> t("presence." + directory().presence(m.login()).name())).setHeader(t("users.presence"));
        grid.addItemClickListener(e -> openForm(e.getItem()));
        refresh();
        VerticalLayout tab = new VerticalLayout(new HorizontalLayout(search, add), grid);
        tab.setPadding(false);
        return tab;
    }

    private void refresh() {
        String needle = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        grid.setItems(directory().members(false).stream()
                .filter(m -> needle.isEmpty() || m.login().toLowerCase(Locale.ROOT).contains(needle)
                        || m.fullName().toLowerCase(Locale.ROOT).contains(needle)).toList());
    }

    /** The create or edit form; {@code member} null creates. */
    private void openForm(StaffMember member) {
        boolean creating = member == null;
        Dialog dialog = new Dialog();
        dialog.setId("user-form");
        dialog.setHeaderTitle(creating ? t("users.new") : member.fullName());
        TextField login = field("login", t("users.login"));
        TextField fullName = field("fullName", t("users.fullName"));
        TextField email = field("email", t("users.email"));
        TextField extension = field("extension", t("users.extension"));
        TextField position = field("position", t("users.position"));
        TextField timeZone = field("timeZone", t("users.timeZone"));
        PasswordField password = new PasswordField(t("users.password"));
        password.setId("user-form-password");
        Select<String> language = new Select<>();
        language.setId("user-form-language");
        language.setLabel(t("users.language"));
        language.setItems("ru", "en");
        MultiSelectComboBox<String> roles = new MultiSelectComboBox<>(t("users.roles"));
        roles.setId("user-form-roles");
        roles.setItems(directory().roles());
        MultiSelectComboBox<String> groups = new MultiSelectComboBox<>(t("users.groups"));
        groups.setId("user-form-groups");
        groups.setItems(directory().groups().stream().filter(StaffGroup::active).map(StaffGroup::code).toList());
        if (creating) {
            language.setValue("ru");
            timeZone.setValue("Europe/Moscow");
        } else {
            login.setValue(member.login());
            login.setReadOnly(true);
            fullName.setValue(member.fullName());
            email.setValue(orEmpty(member.email()));
            extension.setValue(orEmpty(member.extension()));
            position.setValue(orEmpty(member.position()));
            timeZone.setValue(member.timeZone().getId());
            language.setValue(member.language().getLanguage());
            // roles a member holds whose bundle is gone stay selectable, so saving keeps them
            Set<String> roleItems = new TreeSet<>(directory().roles());
            roleItems.addAll(member.roles());
            roles.setItems(roleItems);
            roles.setValue(member.roles());
            groups.setValue(member.groups());
        }
        FormLayout form = new FormLayout(login, fullName, email, extension, position, roles, groups, language, timeZone);
        if (creating) {
            form.add(password);
        }
        dialog.add(form);
        FieldProblems problems = new FieldProblems().field("login", login).field("fullName", fullName).field("email", email)
                .field("extension", extension).field("position", position).field("timeZone", timeZone)
                .field("language", language).field("roles", roles).field("groups", groups).field("password", password);
        Button save = new Button(Common.TEXTS.get("common.save"), e -> attempt(problems, () -> {
            StaffDraft draft = new StaffDraft(fullName.getValue(), email.getValue(), extension.getValue(), position.getValue(),
                    groups.getValue(), roles.getValue(), language.getValue(), timeZone.getValue());
            if (creating) {
                administration().create(Ui.actor(), login.getValue(), draft, password.getValue().toCharArray());
                Ui.notice("users.created", t("users.created", login.getValue()));
            } else {
                administration().update(Ui.actor(), member.login(), draft);
                Ui.notice("users.saved", t("users.saved", member.login()));
            }
            dialog.close();
            refresh();
            return null;
        }));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Common.TEXTS.get("common.cancel"), e -> dialog.close());
        cancel.setId("user-cancel");
        dialog.getFooter().add(cancel);
        if (!creating) {
            dialog.getFooter().add(passwordButton(member), activeButton(member, dialog));
        }
        dialog.getFooter().add(save);
        dialog.open();
    }

    private Button activeButton(StaffMember member, Dialog form) {
        if (member.active()) {
            Button disable = new Button(t("users.disable"), e -> Common.confirm("user-disable-confirm",
                    t("users.disable.title", member.fullName()), t("users.disable.text"), t("users.disable"), true,
                    () -> attempt(null, () -> {
                        administration().setActive(Ui.actor(), member.login(), false);
                        Ui.notice("users.disabled", t("users.disabledNotice", member.login()));
                        form.close();
                        refresh();
                        return null;
                    })));
            disable.setId("user-disable");
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
            return disable;
        }
        Button enable = new Button(t("users.enable"), e -> attempt(null, () -> {
            administration().setActive(Ui.actor(), member.login(), true);
            form.close();
            refresh();
            return null;
        }));
        enable.setId("user-enable");
        return enable;
    }

    private Button passwordButton(StaffMember member) {
        Button reset = new Button(t("users.resetPassword"), e -> {
            Dialog dialog = new Dialog();
            dialog.setId("user-password-dialog");
            dialog.setHeaderTitle(t("users.resetPassword"));
            PasswordField password = new PasswordField(t("users.password"));
            password.setId("user-password-new");
            dialog.add(password);
            FieldProblems problems = new FieldProblems().field("password", password);
            Button save = new Button(Common.TEXTS.get("common.save"), ev -> attempt(problems, () -> {
                administration().resetPassword(Ui.actor(), member.login(), password.getValue().toCharArray());
                Ui.notice("users.passwordReset", t("users.passwordReset", member.login()));
                dialog.close();
                return null;
            }));
            save.setId("user-password-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(Common.TEXTS.get("common.cancel"), ev -> dialog.close()), save);
            dialog.open();
        });
        reset.setId("user-reset-password");
        return reset;
    }

    // ---- groups

    private Component groupsTab() {
        groupsGrid.setId("groups-grid");
        groupsGrid.addColumn(StaffGroup::code).setHeader(t("groups.code"));
        groupsGrid.addColumn(StaffGroup::name).setHeader(t("groups.name"));
        groupsGrid.addColumn(g -> directory().membersOf(g.code()).size()).setHeader(t("groups.members"));
        groupsGrid.addColumn(g -> g.active() ? t("users.active") : t("users.disabled")).setHeader(t("users.state"));
        groupsGrid.addItemClickListener(e -> openGroup(e.getItem()));
        groupsGrid.setItems(directory().groups());
        TextField code = new TextField(t("groups.code"));
        code.setId("group-form-code");
        TextField name = new TextField(t("groups.name"));
        name.setId("group-form-name");
        FieldProblems problems = new FieldProblems().field("code", code).field("name", name);
        Button add = new Button(t("groups.add"), e -> attempt(problems, () -> {
            administration().createGroup(Ui.actor(), code.getValue(), name.getValue());
            code.clear();
            name.clear();
            groupsGrid.setItems(directory().groups());
            return null;
        }));
        add.setId("group-save");
        HorizontalLayout form = new HorizontalLayout(code, name, add);
        form.setAlignItems(Alignment.BASELINE);
        VerticalLayout tab = new VerticalLayout(form, groupsGrid);
        tab.setPadding(false);
        return tab;
    }

    /** Renaming a group, choosing exactly its members (disabled ones included), disabling or enabling it. */
    private void openGroup(StaffGroup group) {
        Dialog dialog = new Dialog();
        dialog.setId("group-form");
        dialog.setHeaderTitle(group.name());
        TextField name = new TextField(t("groups.name"));
        name.setId("group-edit-name");
        name.setValue(group.name());
        MultiSelectComboBox<String> members = new MultiSelectComboBox<>(t("groups.members"));
        members.setId("group-edit-members");
        List<StaffMember> everyone = directory().members(false);
        members.setItems(everyone.stream().map(StaffMember::login).toList());
        members.setValue(everyone.stream().filter(m -> m.groups().contains(group.code())).map(StaffMember::login)
                .collect(java.util.stream.Collectors.toSet()));
        dialog.add(new FormLayout(name, members));
        FieldProblems problems = new FieldProblems().field("name", name).field("members", members);
        Button save = new Button(Common.TEXTS.get("common.save"), e -> attempt(problems, () -> {
            administration().updateGroup(Ui.actor(), group.code(), name.getValue(), List.copyOf(new TreeSet<>(members.getValue())));
            Ui.notice("groups.saved", t("groups.saved", group.code()));
            dialog.close();
            groupsGrid.setItems(directory().groups());
            return null;
        }));
        save.setId("group-edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean active = group.active();
        // a disabled group takes no new tasks; those it holds keep it
        Button toggle = new Button(t(active ? "groups.disable" : "groups.enable"), e -> attempt(null, () -> {
            administration().setGroupActive(Ui.actor(), group.code(), !active);
            dialog.close();
            groupsGrid.setItems(directory().groups());
            return null;
        }));
        toggle.setId(active ? "group-disable" : "group-enable");
        Button cancel = new Button(Common.TEXTS.get("common.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, toggle, save);
        dialog.open();
    }

    // ---- helpers

    private static TextField field(String name, String label) {
        TextField f = new TextField(label);
        f.setId("user-form-" + name);
        return f;
    }

    /** Runs a change; a refusal shows beside its fields (or as a notice), as the REST API would name them. */
    private static void attempt(FieldProblems problems, Supplier<Void> change) {
        try {
            if (problems != null) {
                problems.clear();
            }
            change.get();
        } catch (PitstopException e) {
            List<String> rest = problems == null ? List.of(Ui.message(e)) : problems.show(e);
            if (!rest.isEmpty()) {
                Ui.problem("users.refused", String.join("; ", rest));
            }
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
