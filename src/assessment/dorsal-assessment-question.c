/* dorsal-assessment-question.c: one page of the self-assessment, one question
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-assessment-question.h"

#include <string.h>
#include <glib/gi18n.h>

/*
 * A page asks one question of the triage and offers its answers as big
 * buttons. Every answer goes through the pane's `assessment.answer` action,
 * so a click, a tap, Enter on a focused button and the Y/N/S keys all take
 * the same path; the page itself keeps no answer, it only shows the one the
 * pane gives it. The age keypad and the pain-location check list are the
 * two answers that need some local state before they become an answer.
 */

#define VALUE_KEY "dorsal-value"
#define MAX_AGE_DIGITS 3

struct _DorsalAssessmentQuestion
{
  AdwBin                parent_instance;

  const DorsalQuestion *question;
  guint                 index;
  guint                 total;

  GtkWidget            *first_focus;
  GPtrArray            *answer_buttons;  /* GtkButton*, each with VALUE_KEY data */
  GtkExpander          *why_expander;

  /* number questions */
  GtkSpinButton        *spin;
  GtkWidget            *ok_button;
  GtkLabel             *number_error;
  gboolean              has_number;

  /* zones questions */
  GPtrArray            *zone_checks;     /* GtkCheckButton*, each with VALUE_KEY data */
  GtkToggleButton      *pick_button;
  gboolean              syncing;
};

G_DEFINE_FINAL_TYPE (DorsalAssessmentQuestion, dorsal_assessment_question, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_ZONES,
  PROP_PICKING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static void
set_accessible_label (GtkWidget  *widget,
                      const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  /* GTK 4.8 reads the label AND the labelled-by widget: "Next Next" */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

static GtkWidget *
make_answer_button (DorsalAssessmentQuestion *self,
                    const char               *label,
                    const char               *value,
                    const char               *key_hint)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = make_label (label, NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_set_visible (check, FALSE);
  gtk_widget_add_css_class (check, "dorsal-answer-check");
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), check);
  gtk_button_set_child (GTK_BUTTON (button), box);

  gtk_widget_add_css_class (button, "dorsal-answer");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "assessment.answer");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", value);
  g_object_set_data_full (G_OBJECT (button), VALUE_KEY, g_strdup (value), g_free);
  g_object_set_data (G_OBJECT (button), "dorsal-check", check);
  set_accessible_label (button, label);
  if (key_hint != NULL)
    {
      /* TRANSLATORS: a tooltip; %s is a key on the keyboard */
      g_autofree char *tooltip = g_strdup_printf (_("Key: %s"), key_hint);

      gtk_widget_set_tooltip_text (button, tooltip);
    }

  g_ptr_array_add (self->answer_buttons, button);
  if (self->first_focus == NULL)
    self->first_focus = button;
  return button;
}

/* Number questions: a spin button, a keypad and "don't know" */

static void
number_set_error (DorsalAssessmentQuestion *self,
                  gboolean                  shown)
{
  gtk_widget_set_visible (GTK_WIDGET (self->number_error), shown);
}

/* An age is digits only, however it is typed or pasted. */
static void
on_number_insert_text (GtkEditable              *editable,
                       const char               *text,
                       int                       length,
                       int                      *position,
                       DorsalAssessmentQuestion *self)
{
  g_autoptr(GString) digits = g_string_new (NULL);

  if (length < 0)
    length = (int) strlen (text);
  for (int i = 0; i < length; i++)
    if (g_ascii_isdigit (text[i]))
      g_string_append_c (digits, text[i]);
  if ((int) digits->len == length)
    return;

  g_signal_stop_emission_by_name (editable, "insert-text");
  if (digits->len > 0)
    {
      g_signal_handlers_block_by_func (editable, on_number_insert_text, self);
      gtk_editable_insert_text (editable, digits->str, (int) digits->len, position);
      g_signal_handlers_unblock_by_func (editable, on_number_insert_text, self);
    }
}

static void
on_number_changed (DorsalAssessmentQuestion *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->spin));
  self->has_number = text != NULL && *text != '\0';
  number_set_error (self, FALSE);
  gtk_widget_set_sensitive (self->ok_button, self->has_number);
}

/* The spin button would write "0" into an empty field when it loses focus;
 * an age nobody typed stays empty, so it can never be answered by mistake. */
static int
on_number_input (GtkSpinButton            *spin,
                 double                   *new_value,
                 DorsalAssessmentQuestion *self)
{
  if (self->has_number)
    return FALSE;
  *new_value = gtk_spin_button_get_value (spin);
  return TRUE;
}

/* Keeps what the person typed when it is out of range ("457"), so OK can say
 * so, instead of letting the spin button quietly clamp it to 120 when the
 * focus moves (which made the answer depend on when the click came). */
static gboolean
on_number_output (GtkSpinButton            *spin,
                  DorsalAssessmentQuestion *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (spin));
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (spin);
  double typed;

  if (!self->has_number)
    return TRUE;

  typed = g_ascii_strtod (text, NULL);
  return typed < gtk_adjustment_get_lower (adjustment) || typed > gtk_adjustment_get_upper (adjustment);
}

/* the arrows and the Up and Down keys give a number even from empty */
static void
on_number_value_changed (GtkSpinButton            *spin,
                         DorsalAssessmentQuestion *self)
{
  g_autofree char *text = NULL;

  if (self->has_number)
    return;
  text = g_strdup_printf ("%d", gtk_spin_button_get_value_as_int (spin));
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
}

static void
number_append (DorsalAssessmentQuestion *self,
               char                      digit)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->spin));
  g_autofree char *next = NULL;

  if (strlen (text) >= MAX_AGE_DIGITS)
    return;
  /* a leading zero would only confuse: "07" is 7 */
  if (g_strcmp0 (text, "0") == 0)
    text = "";
  next = g_strdup_printf ("%s%c", text, digit);
  gtk_editable_set_text (GTK_EDITABLE (self->spin), next);
}

static void
number_backspace (DorsalAssessmentQuestion *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->spin)));
  gsize len = strlen (text);

  if (len == 0)
    return;
  text[len - 1] = '\0';
  gtk_editable_set_text (GTK_EDITABLE (self->spin), text);
}

static void
number_clear (DorsalAssessmentQuestion *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->spin), "");
}

static void
number_ok (DorsalAssessmentQuestion *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->spin))));
  guint64 number = 0;

  if (*text == '\0' ||
      !g_ascii_string_to_unsigned (text, 10,
                                   dorsal_question_get_min (self->question),
                                   dorsal_question_get_max (self->question),
                                   &number, NULL))
    {
      number_set_error (self, TRUE);
      return;
    }

  {
    g_autofree char *value = g_strdup_printf ("%" G_GUINT64_FORMAT, number);

    gtk_widget_activate_action (GTK_WIDGET (self), "assessment.answer", "s", value);
  }
}

static void
on_keypad_clicked (GtkButton                *button,
                   DorsalAssessmentQuestion *self)
{
  const char *key = g_object_get_data (G_OBJECT (button), "dorsal-key");

  if (g_str_equal (key, "clear"))
    number_clear (self);
  else if (g_str_equal (key, "ok"))
    number_ok (self);
  else
    number_append (self, key[0]);
}

/* The keypad owns its keys while it has focus (DESIGN.md, "Keys"). */
static gboolean
on_spin_key_pressed (GtkEventControllerKey    *controller,
                     guint                     keyval,
                     guint                     keycode,
                     GdkModifierType           state,
                     DorsalAssessmentQuestion *self)
{
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter)
    return FALSE;
  number_ok (self);
  return TRUE;
}

static gboolean
on_keypad_key_pressed (GtkEventControllerKey    *controller,
                       guint                     keyval,
                       guint                     keycode,
                       GdkModifierType           state,
                       DorsalAssessmentQuestion *self)
{
  guint32 c;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_BackSpace:
      number_backspace (self);
      return TRUE;
    case GDK_KEY_Delete:
    case GDK_KEY_KP_Delete:
    case GDK_KEY_Escape:
      number_clear (self);
      return TRUE;
    case GDK_KEY_KP_Enter:
      number_ok (self);
      return TRUE;
    default:
      break;
    }

  c = gdk_keyval_to_unicode (keyval);
  if (c >= '0' && c <= '9')
    {
      number_append (self, (char) c);
      return TRUE;
    }
  return FALSE;
}

static GtkWidget *
make_keypad_button (DorsalAssessmentQuestion *self,
                    const char               *label,
                    const char               *key,
                    const char               *accessible_label)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  g_object_set_data (G_OBJECT (button), "dorsal-key", (gpointer) key);
  g_signal_connect (button, "clicked", G_CALLBACK (on_keypad_clicked), self);
  set_accessible_label (button, accessible_label != NULL ? accessible_label : label);
  return button;
}

static GtkWidget *
build_number (DorsalAssessmentQuestion *self)
{
  static const char *digits[] = { "1", "2", "3", "4", "5", "6", "7", "8", "9" };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *error_label;
  GtkWidget *button;
  GtkEventController *keys;
  GtkAdjustment *adjustment;
  g_autofree char *error_text = NULL;
  const char *unknown;

  adjustment = gtk_adjustment_new (0, dorsal_question_get_min (self->question),
                                   dorsal_question_get_max (self->question), 1, 10, 0);
  self->spin = GTK_SPIN_BUTTON (gtk_spin_button_new (adjustment, 1, 0));
  gtk_spin_button_set_numeric (self->spin, TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->spin), MAX_AGE_DIGITS + 1);
  gtk_widget_set_halign (GTK_WIDGET (self->spin), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->spin), "dorsal-number");
  set_accessible_label (GTK_WIDGET (self->spin), _("Age in years"));
  if (GTK_IS_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->spin))))
    {
      GtkText *text = GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->spin)));

      gtk_text_set_max_length (text, MAX_AGE_DIGITS);
      g_signal_connect (text, "insert-text", G_CALLBACK (on_number_insert_text), self);
    }
  /* empty until the person types: an age of 0 was never meant */
  gtk_editable_set_text (GTK_EDITABLE (self->spin), "");
  g_signal_connect_swapped (self->spin, "changed", G_CALLBACK (on_number_changed), self);
  g_signal_connect (self->spin, "input", G_CALLBACK (on_number_input), self);
  g_signal_connect (self->spin, "output", G_CALLBACK (on_number_output), self);
  g_signal_connect (self->spin, "value-changed", G_CALLBACK (on_number_value_changed), self);
  /* GTK 4.8's spin button has no activate signal: Enter is caught before its text takes it */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_spin_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->spin), keys);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->spin));
  self->first_focus = GTK_WIDGET (self->spin);

  /* TRANSLATORS: %u and %u are the youngest and oldest age the question takes */
  error_text = g_strdup_printf (_("Type an age from %u to %u, then choose OK."),
                                dorsal_question_get_min (self->question),
                                dorsal_question_get_max (self->question));
  error_label = make_label (error_text, "error");
  gtk_label_set_xalign (GTK_LABEL (error_label), 0.5);
  gtk_widget_set_visible (error_label, FALSE);
  self->number_error = GTK_LABEL (error_label);
  gtk_box_append (GTK_BOX (box), error_label);

  gtk_grid_set_row_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_column_homogeneous (GTK_GRID (grid), TRUE);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (grid, "dorsal-keypad");
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Number keys"),
                                  -1);
  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    gtk_grid_attach (GTK_GRID (grid), make_keypad_button (self, digits[i], digits[i], NULL),
                     (int) i % 3, (int) i / 3, 1, 1);
  button = make_keypad_button (self, _("Clear"), "clear", _("Clear the age"));
  gtk_grid_attach (GTK_GRID (grid), button, 0, 3, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), make_keypad_button (self, "0", "0", NULL), 1, 3, 1, 1);
  self->ok_button = make_keypad_button (self, _("OK"), "ok", _("OK, this is my age"));
  gtk_widget_add_css_class (self->ok_button, "suggested-action");
  gtk_widget_set_sensitive (self->ok_button, FALSE);
  gtk_grid_attach (GTK_GRID (grid), self->ok_button, 2, 3, 1, 1);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_keypad_key_pressed), self);
  gtk_widget_add_controller (grid, keys);
  gtk_box_append (GTK_BOX (box), grid);

  unknown = dorsal_question_get_values (self->question)[0];
  if (unknown != NULL)
    {
      button = make_answer_button (self, dorsal_question_get_value_label (self->question, unknown),
                                   unknown, NULL);
      gtk_widget_set_margin_top (button, 6);
      gtk_box_append (GTK_BOX (box), button);
      self->first_focus = GTK_WIDGET (self->spin);
    }

  return box;
}

/* Zones questions: a list of check buttons and the drawing */

static void
on_zone_toggled (DorsalAssessmentQuestion *self)
{
  if (!self->syncing)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZONES]);
}

static void
on_pick_toggled (DorsalAssessmentQuestion *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PICKING]);
}

static void
on_zones_next (DorsalAssessmentQuestion *self)
{
  g_auto(GStrv) zones = dorsal_assessment_question_get_zones (self);
  g_autofree char *value = g_strjoinv (";", zones);

  gtk_widget_activate_action (GTK_WIDGET (self), "assessment.answer", "s", value);
}

static GtkWidget *
build_zones (DorsalAssessmentQuestion *self,
             GtkWidget                *question_label)
{
  const char * const *values = dorsal_question_get_values (self->question);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *pick;
  GtkWidget *next;

  gtk_widget_add_css_class (list, "dorsal-zone-list");
  gtk_widget_add_css_class (list, "card");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, question_label, NULL,
                                  -1);
  for (guint i = 0; values[i] != NULL; i++)
    {
      const char *label = dorsal_question_get_value_label (self->question, values[i]);
      GtkWidget *check = gtk_check_button_new_with_label (label);

      gtk_widget_add_css_class (check, "dorsal-zone");
      g_object_set_data_full (G_OBJECT (check), VALUE_KEY, g_strdup (values[i]), g_free);
      set_accessible_label (check, label);
      g_signal_connect_swapped (check, "toggled", G_CALLBACK (on_zone_toggled), self);
      g_ptr_array_add (self->zone_checks, check);
      gtk_box_append (GTK_BOX (list), check);
      if (self->first_focus == NULL)
        self->first_focus = check;
    }
  gtk_box_append (GTK_BOX (box), list);

  pick = gtk_toggle_button_new ();
  gtk_button_set_child (GTK_BUTTON (pick),
                        g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                      "icon-name", "find-location-symbolic",
                                      "label", _("Choose on the _Drawing"),
                                      "use-underline", TRUE,
                                      NULL));
  gtk_widget_add_css_class (pick, "dorsal-answer");
  /* named by its visible label only: with a label of its own, GTK 4.8 reads both */
  gtk_widget_set_tooltip_text (pick, _("Touch the places that hurt on the drawing"));
  g_signal_connect_swapped (pick, "toggled", G_CALLBACK (on_pick_toggled), self);
  self->pick_button = GTK_TOGGLE_BUTTON (pick);
  gtk_box_append (GTK_BOX (box), pick);

  next = gtk_button_new_with_mnemonic (_("_Next"));
  gtk_widget_add_css_class (next, "dorsal-answer");
  gtk_widget_add_css_class (next, "suggested-action");
  set_accessible_label (next, _("Next"));
  g_signal_connect_swapped (next, "clicked", G_CALLBACK (on_zones_next), self);
  gtk_box_append (GTK_BOX (box), next);

  return box;
}

static GtkWidget *
build_answers (DorsalAssessmentQuestion *self,
               GtkWidget                *question_label)
{
  const char * const *values = dorsal_question_get_values (self->question);
  GtkWidget *box;

  switch (dorsal_question_get_kind (self->question))
    {
    case DORSAL_QUESTION_NUMBER:
      return build_number (self);

    case DORSAL_QUESTION_ZONES:
      return build_zones (self, question_label);

    case DORSAL_QUESTION_YESNO:
    case DORSAL_QUESTION_CHOICE:
    default:
      box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      for (guint i = 0; values[i] != NULL; i++)
        {
          const char *hint = NULL;

          /* the keys the pane binds on yes/no pages */
          if (dorsal_question_get_kind (self->question) == DORSAL_QUESTION_YESNO)
            hint = g_str_equal (values[i], "yes") ? "Y" :
                   g_str_equal (values[i], "no") ? "N" :
                   g_str_equal (values[i], "not-sure") ? "S" : NULL;
          gtk_box_append (GTK_BOX (box),
                          make_answer_button (self,
                                              dorsal_question_get_value_label (self->question,
                                                                               values[i]),
                                              values[i], hint));
        }
      return box;
    }
}

static void
build (DorsalAssessmentQuestion *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *back = gtk_button_new ();
  GtkWidget *count;
  GtkWidget *bar = gtk_progress_bar_new ();
  GtkWidget *text;
  GtkWidget *answers;
  GtkWidget *expander;
  GtkWidget *why_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *count_text = NULL;
  g_autofree char *source_text = NULL;

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 520);
  adw_clamp_set_tightening_threshold (ADW_CLAMP (clamp), 400);
  gtk_widget_add_css_class (page, "dorsal-assessment-page");

  gtk_button_set_child (GTK_BUTTON (back),
                        g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                      "icon-name", "go-previous-symbolic",
                                      "label", _("_Back"),
                                      "use-underline", TRUE,
                                      NULL));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (back), "assessment.back");
  gtk_widget_add_css_class (back, "flat");
  gtk_widget_add_css_class (back, "dorsal-back");
  /* named by its visible label only: with a label of its own, GTK 4.8 reads both */
  gtk_widget_set_tooltip_text (back, _("Back (Alt+Left)"));
  gtk_box_append (GTK_BOX (top), back);

  /* TRANSLATORS: "Question 5 of 24" */
  count_text = g_strdup_printf (_("Question %u of %u"), self->index + 1, self->total);
  count = gtk_label_new (count_text);
  gtk_widget_set_hexpand (count, TRUE);
  gtk_label_set_xalign (GTK_LABEL (count), 1.0);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "dorsal-question-count");
  gtk_box_append (GTK_BOX (top), count);
  gtk_box_append (GTK_BOX (page), top);

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar),
                                 self->total > 0 ? (double) self->index / self->total : 0.0);
  set_accessible_label (bar, count_text);
  gtk_box_append (GTK_BOX (page), bar);

  text = make_label (dorsal_question_get_text (self->question), "dorsal-question-text");
  gtk_box_append (GTK_BOX (page), text);

  answers = build_answers (self, text);
  gtk_widget_add_css_class (answers, "dorsal-answers");
  gtk_accessible_update_relation (GTK_ACCESSIBLE (answers),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, text, NULL,
                                  -1);
  for (guint i = 0; i < self->answer_buttons->len; i++)
    gtk_accessible_update_relation (g_ptr_array_index (self->answer_buttons, i),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, text, NULL,
                                    -1);
  gtk_box_append (GTK_BOX (page), answers);

  gtk_box_append (GTK_BOX (why_box), make_label (dorsal_question_get_why (self->question), NULL));
  /* TRANSLATORS: %s names a guideline, such as "NHS guidance on back pain" */
  source_text = g_strdup_printf (_("Source: %s"), dorsal_question_get_source (self->question));
  gtk_box_append (GTK_BOX (why_box), make_label (source_text, "dim-label"));
  expander = gtk_expander_new_with_mnemonic (_("_Why we ask this"));
  gtk_expander_set_child (GTK_EXPANDER (expander), why_box);
  gtk_widget_set_margin_top (why_box, 6);
  gtk_widget_add_css_class (expander, "dorsal-why");
  set_accessible_label (expander, _("Why we ask this"));
  self->why_expander = GTK_EXPANDER (expander);
  gtk_box_append (GTK_BOX (page), expander);

  adw_clamp_set_child (ADW_CLAMP (clamp), page);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  adw_bin_set_child (ADW_BIN (self), scrolled);
}

/* Public API */

/**
 * dorsal_assessment_question_new:
 * @question: the question, owned by a #DorsalTriage that outlives the page
 * @index: its place among the questions, from 0
 * @total: how many questions there are
 *
 * Returns: (transfer floating): a new page
 */
GtkWidget *
dorsal_assessment_question_new (const DorsalQuestion *question,
                                guint                 index,
                                guint                 total)
{
  DorsalAssessmentQuestion *self;

  g_return_val_if_fail (question != NULL, NULL);
  g_return_val_if_fail (index < total, NULL);

  self = g_object_new (DORSAL_TYPE_ASSESSMENT_QUESTION, NULL);
  self->question = question;
  self->index = index;
  self->total = total;
  build (self);
  return GTK_WIDGET (self);
}

const DorsalQuestion *
dorsal_assessment_question_get_question (DorsalAssessmentQuestion *self)
{
  g_return_val_if_fail (DORSAL_IS_ASSESSMENT_QUESTION (self), NULL);
  return self->question;
}

/**
 * dorsal_assessment_question_show_answer:
 * @value: (nullable): the answer given, or %NULL for none
 *
 * Marks the chosen answer (a tick, a frame and the pressed state, never
 * colour alone) so a person who comes back sees what they said.
 */
void
dorsal_assessment_question_show_answer (DorsalAssessmentQuestion *self,
                                        const char               *value)
{
  gboolean is_number = FALSE;

  g_return_if_fail (DORSAL_IS_ASSESSMENT_QUESTION (self));

  for (guint i = 0; i < self->answer_buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->answer_buttons, i);
      gboolean chosen = g_strcmp0 (value, g_object_get_data (G_OBJECT (button), VALUE_KEY)) == 0;

      gtk_widget_set_visible (g_object_get_data (G_OBJECT (button), "dorsal-check"), chosen);
      if (chosen)
        gtk_widget_add_css_class (button, "dorsal-answer-chosen");
      else
        gtk_widget_remove_css_class (button, "dorsal-answer-chosen");
      gtk_accessible_update_state (GTK_ACCESSIBLE (button),
                                   GTK_ACCESSIBLE_STATE_PRESSED,
                                   chosen ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                          : GTK_ACCESSIBLE_TRISTATE_FALSE,
                                   -1);
    }

  if (self->spin != NULL)
    {
      is_number = value != NULL && g_ascii_isdigit (value[0]);
      gtk_editable_set_text (GTK_EDITABLE (self->spin), is_number ? value : "");
      number_set_error (self, FALSE);
    }

  if (self->zone_checks->len > 0)
    {
      g_auto(GStrv) zones = value != NULL && *value != '\0' ? g_strsplit (value, ";", -1) : NULL;

      dorsal_assessment_question_set_zones (self, (const char * const *) zones);
    }
}

/**
 * dorsal_assessment_question_focus_answer:
 *
 * Moves the keyboard focus to the chosen answer, or to the first one.
 */
void
dorsal_assessment_question_focus_answer (DorsalAssessmentQuestion *self)
{
  g_return_if_fail (DORSAL_IS_ASSESSMENT_QUESTION (self));

  for (guint i = 0; i < self->answer_buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->answer_buttons, i);

      if (gtk_widget_has_css_class (button, "dorsal-answer-chosen") && self->spin == NULL)
        {
          gtk_widget_grab_focus (button);
          return;
        }
    }
  if (self->first_focus != NULL)
    gtk_widget_grab_focus (self->first_focus);
}

/**
 * dorsal_assessment_question_reset:
 *
 * Forgets what the page shows: no answer chosen, no zones, the "why" closed.
 */
void
dorsal_assessment_question_reset (DorsalAssessmentQuestion *self)
{
  g_return_if_fail (DORSAL_IS_ASSESSMENT_QUESTION (self));

  dorsal_assessment_question_show_answer (self, NULL);
  dorsal_assessment_question_set_picking (self, FALSE);
  gtk_expander_set_expanded (self->why_expander, FALSE);
}

/**
 * dorsal_assessment_question_get_zones:
 *
 * Returns: (transfer full): the zone values checked on a zones page, in
 *   question order (empty on other pages)
 */
char **
dorsal_assessment_question_get_zones (DorsalAssessmentQuestion *self)
{
  GStrvBuilder *builder;
  char **zones;

  g_return_val_if_fail (DORSAL_IS_ASSESSMENT_QUESTION (self), NULL);

  builder = g_strv_builder_new ();
  for (guint i = 0; i < self->zone_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->zone_checks, i);

      if (gtk_check_button_get_active (check))
        g_strv_builder_add (builder, g_object_get_data (G_OBJECT (check), VALUE_KEY));
    }
  zones = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return zones;
}

/**
 * dorsal_assessment_question_set_zones:
 * @zones: (nullable): zone values to check; others are unchecked, unknown ones ignored
 */
void
dorsal_assessment_question_set_zones (DorsalAssessmentQuestion *self,
                                      const char * const       *zones)
{
  gboolean changed = FALSE;

  g_return_if_fail (DORSAL_IS_ASSESSMENT_QUESTION (self));

  self->syncing = TRUE;
  for (guint i = 0; i < self->zone_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->zone_checks, i);
      const char *value = g_object_get_data (G_OBJECT (check), VALUE_KEY);
      gboolean active = zones != NULL && g_strv_contains (zones, value);

      if (active != gtk_check_button_get_active (check))
        {
          gtk_check_button_set_active (check, active);
          changed = TRUE;
        }
    }
  self->syncing = FALSE;

  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZONES]);
}

gboolean
dorsal_assessment_question_get_picking (DorsalAssessmentQuestion *self)
{
  g_return_val_if_fail (DORSAL_IS_ASSESSMENT_QUESTION (self), FALSE);
  return self->pick_button != NULL && gtk_toggle_button_get_active (self->pick_button);
}

/**
 * dorsal_assessment_question_set_picking:
 *
 * Whether the "choose on the drawing" button is down (zones pages only).
 */
void
dorsal_assessment_question_set_picking (DorsalAssessmentQuestion *self,
                                        gboolean                  picking)
{
  g_return_if_fail (DORSAL_IS_ASSESSMENT_QUESTION (self));

  if (self->pick_button == NULL)
    return;
  /* the toggle notifies through on_pick_toggled, only when it changes */
  gtk_toggle_button_set_active (self->pick_button, !!picking);
}

/* GObject */

static void
dorsal_assessment_question_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  DorsalAssessmentQuestion *self = DORSAL_ASSESSMENT_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ZONES:
      g_value_take_boxed (value, dorsal_assessment_question_get_zones (self));
      break;

    case PROP_PICKING:
      g_value_set_boolean (value, dorsal_assessment_question_get_picking (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_assessment_question_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  DorsalAssessmentQuestion *self = DORSAL_ASSESSMENT_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ZONES:
      dorsal_assessment_question_set_zones (self, g_value_get_boxed (value));
      break;

    case PROP_PICKING:
      dorsal_assessment_question_set_picking (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_assessment_question_dispose (GObject *object)
{
  DorsalAssessmentQuestion *self = DORSAL_ASSESSMENT_QUESTION (object);

  /* the widgets go with the child below; nothing may reach them after */
  self->pick_button = NULL;
  self->spin = NULL;
  self->first_focus = NULL;
  if (self->answer_buttons != NULL)
    g_ptr_array_set_size (self->answer_buttons, 0);
  if (self->zone_checks != NULL)
    g_ptr_array_set_size (self->zone_checks, 0);

  G_OBJECT_CLASS (dorsal_assessment_question_parent_class)->dispose (object);
}

static void
dorsal_assessment_question_finalize (GObject *object)
{
  DorsalAssessmentQuestion *self = DORSAL_ASSESSMENT_QUESTION (object);

  g_clear_pointer (&self->answer_buttons, g_ptr_array_unref);
  g_clear_pointer (&self->zone_checks, g_ptr_array_unref);

  G_OBJECT_CLASS (dorsal_assessment_question_parent_class)->finalize (object);
}

static void
dorsal_assessment_question_class_init (DorsalAssessmentQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dorsal_assessment_question_dispose;
  object_class->finalize = dorsal_assessment_question_finalize;
  object_class->get_property = dorsal_assessment_question_get_property;
  object_class->set_property = dorsal_assessment_question_set_property;

  properties[PROP_ZONES] =
    g_param_spec_boxed ("zones", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PICKING] =
    g_param_spec_boolean ("picking", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "dorsal-assessment-question");
}

static void
dorsal_assessment_question_init (DorsalAssessmentQuestion *self)
{
  /* the buttons are children of the page; these arrays only point at them */
  self->answer_buttons = g_ptr_array_new ();
  self->zone_checks = g_ptr_array_new ();
}
