#!/usr/bin/python3
"""test-lint.py: no string a person reads in ui/*.ui or src/**/*.c is left unmarked for
translation (TAP). A failure lists file:line. A line holding "i18n-lint: ignore" is skipped
(for strings that are deliberately not words, e.g. a sample of text)."""
import os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from i18n_common import Tap, SOURCE_ROOT

# Properties of GTK and libadwaita widgets whose value a person reads or hears.
UI_PROPS = ("label", "title", "subtitle", "tooltip-text", "tooltip-markup", "description",
            "placeholder-text", "text", "secondary-text", "heading", "body", "message",
            "accessible-name", "comments", "website-label", "copyright", "name", "title-lines")
UI_PROP_RE = re.compile(r'<(property|attribute)\s+name="(%s)"([^>]*)>([^<]*)</\1>'
                        % "|".join(re.escape(p) for p in UI_PROPS))
ITEM_RE = re.compile(r'<item([^>]*)>([^<]*)</item>')


def wordy(value):
    """True if value holds words a person reads: not empty, not an icon name, not only digits,
    punctuation, format directives or markup tags."""
    v = value.strip()
    if not v or v.endswith("-symbolic") or re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", v):
        return False
    v = re.sub(r"<[^>]*>", "", v)
    v = re.sub(r"%(\d+\$)?[-+ 0#']*\d*(\.\d+)?(l|ll|h|z|G_G[A-Z0-9]+)?[a-zA-Z%]", "", v)
    v = re.sub(r"&[a-z]+;", "", v)
    return re.search(r"[^\W\d_]{2,}", v) is not None


def lint_ui(path):
    problems = []
    rel = os.path.relpath(path, SOURCE_ROOT)
    name_is_widget_name = re.compile(r'<property\s+name="name"')
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if "i18n-lint: ignore" in line:
            continue
        for rx in (UI_PROP_RE,):
            for m in rx.finditer(line):
                attrs, value = m.group(3), m.group(4)
                if m.group(2) == "name" and name_is_widget_name.search(line):
                    continue  # GtkWidget:name is a CSS name, not words
                if 'translatable="yes"' in attrs or 'translatable="no"' in attrs or "bind-" in attrs:
                    continue
                if wordy(value):
                    problems.append('%s:%d: <%s name="%s"> without translatable="yes": %s'
                                    % (rel, n, m.group(1), m.group(2), value.strip()[:60]))
        for m in ITEM_RE.finditer(line):
            if 'translatable="yes"' not in m.group(1) and wordy(m.group(2)):
                problems.append('%s:%d: <item> without translatable="yes": %s' % (rel, n, m.group(2)[:60]))
    return problems


# C calls whose string argument is shown to a person.
C_FUNCS = r"""gtk_label_new|gtk_label_set_text|gtk_label_set_label|gtk_label_set_markup|
gtk_label_new_with_mnemonic|gtk_label_set_text_with_mnemonic|gtk_label_set_markup_with_mnemonic|
gtk_button_new_with_label|gtk_button_new_with_mnemonic|gtk_button_set_label|
gtk_check_button_new_with_label|gtk_check_button_new_with_mnemonic|gtk_check_button_set_label|
gtk_toggle_button_new_with_label|gtk_toggle_button_new_with_mnemonic|gtk_menu_button_set_label|
gtk_link_button_new_with_label|gtk_frame_new|gtk_frame_set_label|gtk_expander_new|
gtk_expander_new_with_mnemonic|gtk_widget_set_tooltip_text|gtk_widget_set_tooltip_markup|
gtk_window_set_title|gtk_entry_set_placeholder_text|gtk_text_set_placeholder_text|
gtk_search_entry_set_placeholder_text|gtk_print_operation_set_job_name|
adw_window_title_new|adw_window_title_set_title|adw_window_title_set_subtitle|
adw_status_page_set_title|adw_status_page_set_description|adw_preferences_row_set_title|
adw_action_row_set_subtitle|adw_expander_row_set_subtitle|adw_preferences_group_set_title|
adw_preferences_group_set_description|adw_preferences_page_set_title|adw_toast_new|
adw_toast_set_title|adw_toast_set_button_label|adw_message_dialog_new|adw_message_dialog_set_heading|
adw_message_dialog_set_body|adw_message_dialog_add_response|adw_button_content_set_label|
adw_view_stack_add_titled|adw_view_stack_page_set_title|adw_tab_page_set_title|
adw_split_button_set_label|g_menu_append|g_menu_item_new|g_menu_prepend|g_menu_insert|
g_menu_append_section|g_menu_append_submenu|gtk_string_list_append|g_notification_new|
g_notification_set_body|g_notification_add_button"""
C_FUNC_RE = re.compile(r"\b(%s)\s*\(" % re.sub(r"\s+", "", C_FUNCS))
# Calls whose label is only the first string literal (the others are action names or ids),
# and calls whose label is only the last one (the first is a response or page id).
C_FIRST_ONLY = {"g_menu_append", "g_menu_prepend", "g_menu_insert", "g_menu_item_new",
                "g_menu_append_section", "g_menu_append_submenu", "g_notification_add_button"}
C_LAST_ONLY = {"adw_message_dialog_add_response", "adw_view_stack_add_titled"}
# Properties set through g_object_new/g_object_set (inside those calls only).
C_OBJECT_RE = re.compile(r"\b(g_object_new|g_object_set|gtk_widget_class_set_accessible_role|"
                         r"gtk_accessible_update_property)\s*\(")
C_PROP_RE = re.compile(r'"(label|title|subtitle|tooltip-text|tooltip-markup|description|'
                       r'placeholder-text|heading|body|text)"\s*,\s*"((?:[^"\\]|\\.)*)"')
C_ACC_RE = re.compile(r"GTK_ACCESSIBLE_PROPERTY_(LABEL|DESCRIPTION|PLACEHOLDER|ROLE_DESCRIPTION)"
                      r'\s*,\s*"((?:[^"\\]|\\.)*)"')
STRING_RE = re.compile(r'"((?:[^"\\]|\\.)*)"')
MARK_RE = re.compile(r"\b(_|N_|C_|NC_|Q_|gettext|g_dgettext|g_dpgettext2|ngettext|g_dngettext)\s*\($")


def strip_comments(text):
    """Blank out comments (keeping line breaks) so commented-out code is not linted."""
    def blank(m):
        return re.sub(r"[^\n]", " ", m.group(0))
    return re.sub(r"/\*.*?\*/|//[^\n]*", blank, text, flags=re.S)


def call_args(text, start):
    """The text of the argument list of the call whose '(' is at text[start]."""
    depth, i, in_str = 0, start, False
    while i < len(text):
        c = text[i]
        if in_str:
            if c == "\\":
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:i]
        i += 1
    return text[start + 1:]


def unmarked_strings(args):
    """String literals in args that are not the direct argument of a gettext macro."""
    found = []
    for m in STRING_RE.finditer(args):
        before = args[:m.start()].rstrip()
        # a marked string: _("x"), C_("ctx", "x") and adjacent literals inside them
        if MARK_RE.search(before) or re.search(r"\b(C_|NC_|g_dpgettext2)\s*\([^()]*,$", before):
            continue
        if re.search(r'"\s*$', before):  # continuation of a literal concatenation
            continue
        found.append(m.group(1))
    return found


def lint_c(path):
    problems = []
    rel = os.path.relpath(path, SOURCE_ROOT)
    raw = open(path, encoding="utf-8").read()
    lines = raw.splitlines()
    text = strip_comments(raw)

    def line_of(pos):
        return text.count("\n", 0, pos) + 1

    def ignored(n):
        return "i18n-lint: ignore" in lines[n - 1]

    for m in C_FUNC_RE.finditer(text):
        paren = m.end() - 1
        args = call_args(text, paren)
        n = line_of(m.start())
        if ignored(n):
            continue
        strings = unmarked_strings(args)
        literals = STRING_RE.findall(args)
        if m.group(1) in C_FIRST_ONLY:
            strings = [x for x in strings if literals and x == literals[0]]
        elif m.group(1) in C_LAST_ONLY:
            strings = [x for x in strings if literals and x == literals[-1]]
        for s in strings:
            if wordy(s):
                problems.append("%s:%d: %s (\"%s\") is not marked with _()" % (rel, n, m.group(1), s[:60]))
    for call in C_OBJECT_RE.finditer(text):
        start = call.end() - 1
        args = call_args(text, start)
        for rx in (C_PROP_RE, C_ACC_RE):
            for m in rx.finditer(args):
                n = line_of(start + 1 + m.start())
                if not ignored(n) and wordy(m.group(2)):
                    problems.append('%s:%d: "%s" set to an unmarked string "%s"'
                                    % (rel, n, m.group(1), m.group(2)[:60]))
    return problems


tap = Tap()
ui_dir = os.path.join(SOURCE_ROOT, "ui")
ui_files = sorted(os.path.join(ui_dir, n) for n in os.listdir(ui_dir) if n.endswith(".ui"))
c_files = []
for d, _, files in os.walk(os.path.join(SOURCE_ROOT, "src")):
    c_files += [os.path.join(d, n) for n in files if n.endswith(".c")]
c_files.sort()

tap.check("there are .ui files and C sources to check", ui_files and c_files)
for path in ui_files:
    problems = lint_ui(path)
    tap.check("%s: every label, title, tooltip and description is translatable"
              % os.path.relpath(path, SOURCE_ROOT), not problems, "\n".join(problems))
for path in c_files:
    problems = lint_c(path)
    tap.check("%s: every string shown in a widget is marked for translation"
              % os.path.relpath(path, SOURCE_ROOT), not problems, "\n".join(problems))

# The checker itself catches what it must (and lets through what it must).
sample_ui = '<property name="label">Hello there</property>\n<property name="icon-name">go-previous-symbolic</property>\n' \
            '<property name="title" translatable="yes">Fine</property>\n<property name="label"></property>\n'
tmp_ui = os.path.join(os.environ.get("TMPDIR", "/tmp"), "i18n-lint-sample-%d.ui" % os.getpid())
open(tmp_ui, "w").write(sample_ui)
got = lint_ui(tmp_ui)
os.unlink(tmp_ui)
tap.check("the .ui check flags an unmarked label and nothing else", len(got) == 1 and ":1:" in got[0], "\n".join(got))
sample_c = ('static void f (void) {\n  gtk_label_new ("Plain words");\n  gtk_label_new (_("Marked"));\n'
            '  gtk_button_new_with_label (C_("ctx", "Marked too"));\n  gtk_label_set_text (l, "");\n'
            '  g_object_new (T, "title", "Unmarked title", NULL);\n  gtk_label_set_markup (l, "<b>%s</b>");\n'
            '  /* gtk_label_new ("in a comment"); */\n}\n')
tmp_c = os.path.join(os.environ.get("TMPDIR", "/tmp"), "i18n-lint-sample-%d.c" % os.getpid())
open(tmp_c, "w").write(sample_c)
got = lint_c(tmp_c)
os.unlink(tmp_c)
tap.check("the C check flags the two unmarked strings and nothing else",
          len(got) == 2 and ":2:" in got[0] and ":6:" in got[1], "\n".join(got))
tap.finish()
