/* dorsal-assessment-pane.c: the self-assessment, one question per page
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-assessment-pane.h"

#include "dorsal-application.h"
#include "dorsal-assessment-pane-private.h"

#include <string.h>
#include <glib/gi18n.h>

#include "dorsal-assessment-question.h"
#include "dorsal-emergency.h"
#include "dorsal-resources.h"

/*
 * The pane asks the triage's questions in order, one per page. After every
 * answer it evaluates the answers so far; when the outcome rises to a level
 * that interrupts (triage-policy.md, "In the app"), the emergency screen
 * comes before any further question. Answers live only in memory, in a
 * DorsalAnswers that start-over and the kiosk reset wipe.
 *
 * Pages of the stack: "start", "about", "question-<id>" for each question,
 * "emergency" and "outcome".
 */

#define QUESTION_PREFIX "question-"
#define ZONE_PREFIX "zone-"
#define LEVEL_CLASS_PREFIX "dorsal-level-"
/* the side flap takes the pane's natural width: wide enough for big
 * buttons, narrow enough to leave the drawing and the content beside it */
#define NATURAL_WIDTH 460

struct _DorsalAssessmentPane
{
  GtkWidget         parent_instance;

  DorsalTriage     *triage;
  DorsalAnswers    *answers;
  DorsalOutcome    *outcome;          /* NULL until the first answer */
  GSettings        *settings;
  GStrv             picked_zones;     /* drawing ids, "zone-neck"; never NULL */
  GPtrArray        *question_pages;   /* DorsalAssessmentQuestion*, in question order */
  guint             current;          /* the question shown, or the last one shown */
  guint             interrupted_at;   /* the question whose answer brought the emergency screen */
  char             *about_return;     /* the page "back" leaves the about page for */
  char             *outcome_return;   /* the page "back" leaves the outcome page for */
  char             *level_class;      /* the banner's dorsal-level-<id> class */
  gboolean          picking;

  /* template children */
  AdwToastOverlay  *toast_overlay;
  GtkStack         *stack;
  GtkLabel         *start_intro;
  GtkLabel         *start_notice;
  GtkWidget        *start_button;
  GtkWidget        *emergency_box;
  GtkImage         *emergency_icon;
  GtkLabel         *emergency_action;
  GtkLabel         *emergency_number;
  GtkLabel         *emergency_origin;
  GtkLabel         *emergency_why;
  GtkWidget        *continue_button;
  GtkWidget        *outcome_banner;
  GtkImage         *outcome_icon;
  GtkLabel         *outcome_title;
  GtkLabel         *outcome_partial;
  GtkLabel         *outcome_action;
  GtkLabel         *outcome_number;
  GtkBox           *reasons_box;
  GtkLabel         *outcome_if_worse;
  GtkWidget        *resume_button;
  GtkScrolledWindow *outcome_scroll;
  GtkWidget        *print_button;
  GtkBox           *about_box;
  GtkLabel         *notice_label;
};

G_DEFINE_FINAL_TYPE (DorsalAssessmentPane, dorsal_assessment_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TRIAGE,
  PROP_PICKED_ZONES,
  PROP_LEVEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  PICK_ZONES_REQUESTED,
  TOPIC_REQUESTED,
  SHOW_TOPIC_ANATOMY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkStackTransitionType
slide (DorsalAssessmentPane *self,
       gboolean              forward)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  return forward != rtl ? GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT
                        : GTK_STACK_TRANSITION_TYPE_SLIDE_RIGHT;
}

static const char *
emergency_number (DorsalAssessmentPane *self,
                  const char          **origin)
{
  g_autofree char *setting = g_settings_get_string (self->settings, "emergency-number");
  const char *number = dorsal_emergency_number (setting, origin);

  /* the setting itself is returned when it wins; keep a copy that outlives @setting */
  if (number == setting)
    {
      g_object_set_data_full (G_OBJECT (self), "dorsal-number", g_strstrip (g_strdup (setting)),
                              g_free);
      return g_object_get_data (G_OBJECT (self), "dorsal-number");
    }
  return number;
}

static DorsalAssessmentQuestion *
current_page (DorsalAssessmentPane *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->stack);

  return DORSAL_IS_ASSESSMENT_QUESTION (visible) ? DORSAL_ASSESSMENT_QUESTION (visible) : NULL;
}

static DorsalAssessmentQuestion *
zones_page (DorsalAssessmentPane *self)
{
  for (guint i = 0; i < self->question_pages->len; i++)
    {
      DorsalAssessmentQuestion *page = g_ptr_array_index (self->question_pages, i);

      if (dorsal_question_get_kind (dorsal_assessment_question_get_question (page)) ==
          DORSAL_QUESTION_ZONES)
        return page;
    }
  return NULL;
}

static const DorsalQuestion *
zones_question (DorsalAssessmentPane *self)
{
  DorsalAssessmentQuestion *page = zones_page (self);

  return page != NULL ? dorsal_assessment_question_get_question (page) : NULL;
}

/* Picked zones: drawing ids ("zone-neck") ↔ answer values ("neck") */

static char **
zone_values_from_ids (const char * const *ids)
{
  GStrvBuilder *builder = g_strv_builder_new ();
  char **values;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    g_strv_builder_add (builder, g_str_has_prefix (ids[i], ZONE_PREFIX)
                                   ? ids[i] + strlen (ZONE_PREFIX) : ids[i]);
  values = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return values;
}

/* Stores @values (allowed ones only, in question order, each once) as the
 * picked zones and the pain-location answer; notifies when they changed. */
static void
store_zones (DorsalAssessmentPane *self,
             const char * const   *values)
{
  const DorsalQuestion *question = zones_question (self);
  const char * const *allowed;
  GStrvBuilder *ids;
  GStrvBuilder *answer;
  g_auto(GStrv) new_ids = NULL;
  g_auto(GStrv) answer_values = NULL;
  g_autofree char *joined = NULL;

  if (question == NULL)
    return;

  allowed = dorsal_question_get_values (question);
  ids = g_strv_builder_new ();
  answer = g_strv_builder_new ();
  for (guint i = 0; allowed[i] != NULL; i++)
    if (values != NULL && g_strv_contains (values, allowed[i]))
      {
        g_autofree char *id = g_strconcat (ZONE_PREFIX, allowed[i], NULL);

        g_strv_builder_add (ids, id);
        g_strv_builder_add (answer, allowed[i]);
      }
  new_ids = g_strv_builder_end (ids);
  answer_values = g_strv_builder_end (answer);
  g_strv_builder_unref (ids);
  g_strv_builder_unref (answer);

  /* the zones never change the level, so no evaluation is needed here */
  joined = g_strjoinv (";", answer_values);
  if (answer_values[0] != NULL)
    dorsal_answers_set (self->answers, dorsal_question_get_id (question), joined);
  else
    dorsal_answers_unset (self->answers, dorsal_question_get_id (question));

  dorsal_assessment_question_set_zones (zones_page (self), (const char * const *) answer_values);

  if (g_strv_equal ((const char * const *) new_ids, (const char * const *) self->picked_zones))
    return;
  g_strfreev (self->picked_zones);
  self->picked_zones = g_steal_pointer (&new_ids);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PICKED_ZONES]);
}

static void
on_zones_changed (DorsalAssessmentPane *self)
{
  g_auto(GStrv) values = dorsal_assessment_question_get_zones (zones_page (self));

  store_zones (self, (const char * const *) values);
}

static void
on_picking_changed (DorsalAssessmentPane *self)
{
  gboolean picking = dorsal_assessment_question_get_picking (zones_page (self));

  if (picking == self->picking)
    return;
  self->picking = picking;
  g_signal_emit (self, signals[PICK_ZONES_REQUESTED], 0, picking);
}

/* Pages */

static void
set_outcome (DorsalAssessmentPane *self,
             DorsalOutcome        *outcome)
{
  const char *before = dorsal_assessment_pane_get_level (self);
  const char *after;

  g_clear_pointer (&self->outcome, dorsal_outcome_free);
  self->outcome = outcome;
  after = dorsal_assessment_pane_get_level (self);
  /* levels are owned by the triage, so the id strings compare by address too */
  if (g_strcmp0 (before, after) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL]);
}

static void
show_question (DorsalAssessmentPane *self,
               guint                 index,
               gboolean              forward)
{
  DorsalAssessmentQuestion *page;
  const DorsalQuestion *question;
  g_autofree char *name = NULL;

  g_assert (index < self->question_pages->len);

  page = g_ptr_array_index (self->question_pages, index);
  question = dorsal_assessment_question_get_question (page);
  self->current = index;
  dorsal_assessment_question_show_answer (page, dorsal_answers_get (self->answers,
                                                                    dorsal_question_get_id (question)));
  if (dorsal_question_get_kind (question) == DORSAL_QUESTION_ZONES)
    {
      g_auto(GStrv) values = zone_values_from_ids ((const char * const *) self->picked_zones);

      dorsal_assessment_question_set_zones (page, (const char * const *) values);
    }

  name = g_strconcat (QUESTION_PREFIX, dorsal_question_get_id (question), NULL);
  gtk_stack_set_visible_child_full (self->stack, name, slide (self, forward));
  dorsal_assessment_question_focus_answer (page);
}

static void
show_emergency (DorsalAssessmentPane *self)
{
  const DorsalLevel *level = dorsal_outcome_get_level (self->outcome);
  const char *origin = NULL;
  const char *number = emergency_number (self, &origin);
  g_autofree char *action = NULL;
  g_autofree char *origin_text = NULL;
  g_autoptr(GString) why = g_string_new (NULL);

  if (g_str_equal (dorsal_level_get_id (level), "call-emergency"))
    /* TRANSLATORS: %s is the emergency phone number, such as 112 */
    action = g_strdup_printf (_("Call %s now"), number);
  else if (g_str_equal (dorsal_level_get_id (level), "emergency-department"))
    /* TRANSLATORS: %s is the emergency phone number, such as 112 */
    action = g_strdup_printf (_("Go to an emergency department now. If you cannot get there "
                                "safely, call %s."), number);
  else
    action = g_strdup (dorsal_level_get_title (level));

  for (guint i = 0; i < dorsal_outcome_get_n_reasons (self->outcome); i++)
    {
      const DorsalQuestion *question = dorsal_outcome_get_reason_question (self->outcome, i);
      const DorsalRule *rule = dorsal_outcome_get_reason_rule (self->outcome, i);
      const char *explanation = question != NULL ? dorsal_question_get_explanation (question)
                                                 : dorsal_rule_get_explanation (rule);

      if (explanation == NULL)
        continue;
      if (why->len > 0)
        g_string_append_c (why, ' ');
      g_string_append (why, explanation);
    }

  /* TRANSLATORS: "Emergency number 112, for your region" or "…, set in preferences" */
  origin_text = g_strdup_printf (_("Emergency number %s, %s"), number, origin);

  gtk_image_set_from_icon_name (self->emergency_icon, _dorsal_assessment_level_icon (level));
  gtk_label_set_label (self->emergency_action, action);
  gtk_label_set_label (self->emergency_number, number);
  gtk_label_set_label (self->emergency_origin, origin_text);
  gtk_label_set_label (self->emergency_why, why->str);
  gtk_widget_set_visible (GTK_WIDGET (self->emergency_why), why->len > 0);

  /* GTK 4.8 has no announcement API: the alert role plus the focus is how a
   * screen reader hears this at once */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->emergency_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, action,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, origin_text,
                                  -1);

  gtk_stack_set_visible_child_full (self->stack, "emergency", GTK_STACK_TRANSITION_TYPE_NONE);
  gtk_widget_grab_focus (self->emergency_box);
}

static void
update_print_visible (DorsalAssessmentPane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  gboolean kiosk = g_settings_get_boolean (self->settings, "kiosk-mode") ||
                   (root != NULL && gtk_widget_has_css_class (GTK_WIDGET (root), "kiosk"));
  gboolean allowed = !kiosk || g_settings_get_boolean (self->settings, "allow-printing");

  gtk_widget_set_visible (self->print_button, allowed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assessment.print", allowed);
}

static void
fill_outcome (DorsalAssessmentPane *self)
{
  const DorsalLevel *level = dorsal_outcome_get_level (self->outcome);
  guint n_reasons = dorsal_outcome_get_n_reasons (self->outcome);
  g_autofree char *banner_label = NULL;

  if (self->level_class != NULL)
    gtk_widget_remove_css_class (self->outcome_banner, self->level_class);
  g_free (self->level_class);
  self->level_class = g_strconcat (LEVEL_CLASS_PREFIX, dorsal_level_get_id (level), NULL);
  gtk_widget_add_css_class (self->outcome_banner, self->level_class);
  if (dorsal_level_get_interrupts (level))
    gtk_widget_add_css_class (self->outcome_banner, "dorsal-banner-emergency");
  else
    gtk_widget_remove_css_class (self->outcome_banner, "dorsal-banner-emergency");

  gtk_image_set_from_icon_name (self->outcome_icon, _dorsal_assessment_level_icon (level));
  gtk_label_set_label (self->outcome_title, dorsal_level_get_title (level));
  /* TRANSLATORS: the banner as a screen reader reads it; %s is the advice */
  banner_label = g_strdup_printf (_("Your result: %s"), dorsal_level_get_title (level));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->outcome_banner),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, banner_label,
                                  -1);

  gtk_widget_set_visible (GTK_WIDGET (self->outcome_partial),
                          !dorsal_outcome_get_complete (self->outcome));
  gtk_widget_set_visible (self->resume_button, !dorsal_outcome_get_complete (self->outcome));
  gtk_label_set_label (self->outcome_action, dorsal_level_get_action (level));

  if (dorsal_level_get_interrupts (level))
    {
      const char *origin = NULL;
      const char *number = emergency_number (self, &origin);
      g_autofree char *text = g_strdup_printf (_("Emergency number %s, %s"), number, origin);

      gtk_label_set_label (self->outcome_number, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->outcome_number), dorsal_level_get_interrupts (level));

  remove_children (self->reasons_box);
  for (guint i = 0; i < n_reasons; i++)
    gtk_box_append (self->reasons_box, _dorsal_assessment_reason_new (self, self->outcome, i));
  if (n_reasons == 0)
    gtk_box_append (self->reasons_box, _dorsal_assessment_label_new (dorsal_level_get_why (level), NULL));

  gtk_label_set_label (self->outcome_if_worse, dorsal_level_get_if_worse (level));
  update_print_visible (self);
}

static void
show_outcome (DorsalAssessmentPane *self,
              const char           *return_page)
{
  if (self->outcome == NULL)
    set_outcome (self, dorsal_triage_evaluate (self->triage, self->answers));

  g_free (self->outcome_return);
  self->outcome_return = g_strdup (return_page);
  fill_outcome (self);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->outcome_scroll), 0);
  gtk_stack_set_visible_child_full (self->stack, "outcome", slide (self, TRUE));
  gtk_widget_grab_focus (self->outcome_banner);
}

static void
build_questions (DorsalAssessmentPane *self)
{
  guint n = dorsal_triage_get_n_questions (self->triage);

  for (guint i = 0; i < n; i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (self->triage, i);
      GtkWidget *page = dorsal_assessment_question_new (question, i, n);
      g_autofree char *name = g_strconcat (QUESTION_PREFIX, dorsal_question_get_id (question), NULL);
      GtkStackPage *stack_page = gtk_stack_add_named (self->stack, page, name);

      gtk_stack_page_set_title (stack_page, dorsal_question_get_text (question));
      g_ptr_array_add (self->question_pages, page);
      if (dorsal_question_get_kind (question) == DORSAL_QUESTION_ZONES)
        {
          g_signal_connect_object (page, "notify::zones", G_CALLBACK (on_zones_changed), self,
                                   G_CONNECT_SWAPPED);
          g_signal_connect_object (page, "notify::picking", G_CALLBACK (on_picking_changed), self,
                                   G_CONNECT_SWAPPED);
        }
    }
}

static void
on_visible_page_changed (DorsalAssessmentPane *self)
{
  DorsalAssessmentQuestion *zones;

  if (self->question_pages == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;

  zones = zones_page (self);
  /* the drawing leaves pick mode once the pain-location page is gone */
  if (zones != NULL && GTK_WIDGET (zones) != gtk_stack_get_visible_child (self->stack))
    dorsal_assessment_question_set_picking (zones, FALSE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assessment.back",
                                 g_strcmp0 (_dorsal_assessment_pane_get_page (self), "start") != 0);
}

/* Actions */

static void
advance (DorsalAssessmentPane *self,
         guint                 from)
{
  if (from + 1 < self->question_pages->len)
    show_question (self, from + 1, TRUE);
  else
    show_outcome (self, NULL);
}

static void
answer (DorsalAssessmentPane *self,
        const char           *value)
{
  DorsalAssessmentQuestion *page = current_page (self);
  const DorsalQuestion *question;
  DorsalOutcome *outcome;
  gboolean interrupt;
  g_autoptr(GError) error = NULL;

  if (page == NULL)
    return;
  question = dorsal_assessment_question_get_question (page);
  if (!dorsal_triage_check_answer (self->triage, dorsal_question_get_id (question), value, &error))
    {
      /* no log: an answer, even a wrong one, never leaves memory (a journal is on disk) */
      return;
    }

  dorsal_answers_set (self->answers, dorsal_question_get_id (question), value);
  if (dorsal_question_get_kind (question) == DORSAL_QUESTION_ZONES)
    {
      g_auto(GStrv) values = g_strsplit (value, ";", -1);

      store_zones (self, (const char * const *) values);
    }
  dorsal_assessment_question_show_answer (page, value);

  outcome = dorsal_triage_evaluate (self->triage, self->answers);
  interrupt = dorsal_outcome_interrupts (outcome, self->outcome);
  set_outcome (self, outcome);

  if (interrupt)
    {
      self->interrupted_at = self->current;
      show_emergency (self);
      return;
    }
  advance (self, self->current);
}

static void
answer_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  answer (DORSAL_ASSESSMENT_PANE (widget), g_variant_get_string (parameter, NULL));
}

static void
start_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DorsalAssessmentPane *self = DORSAL_ASSESSMENT_PANE (widget);

  if (self->question_pages->len > 0)
    show_question (self, 0, TRUE);
}

static void
about_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DorsalAssessmentPane *self = DORSAL_ASSESSMENT_PANE (widget);
  const char *page = _dorsal_assessment_pane_get_page (self);

  if (g_strcmp0 (page, "about") == 0)
    return;
  g_free (self->about_return);
  self->about_return = g_strdup (page);
  gtk_stack_set_visible_child_full (self->stack, "about", slide (self, TRUE));
  gtk_widget_child_focus (gtk_stack_get_visible_child (self->stack), GTK_DIR_TAB_FORWARD);
}

static gboolean
go_back (DorsalAssessmentPane *self)
{
  const char *page = _dorsal_assessment_pane_get_page (self);

  if (current_page (self) != NULL)
    {
      if (self->current == 0)
        {
          gtk_stack_set_visible_child_full (self->stack, "start", slide (self, FALSE));
          gtk_widget_grab_focus (self->start_button);
        }
      else
        show_question (self, self->current - 1, FALSE);
      return TRUE;
    }

  if (g_strcmp0 (page, "emergency") == 0)
    {
      show_question (self, self->interrupted_at, FALSE);
      return TRUE;
    }

  if (g_strcmp0 (page, "outcome") == 0)
    {
      if (g_strcmp0 (self->outcome_return, "emergency") == 0)
        show_emergency (self);
      else
        show_question (self, self->question_pages->len - 1, FALSE);
      return TRUE;
    }

  if (g_strcmp0 (page, "about") == 0)
    {
      const char *to = self->about_return != NULL ? self->about_return : "start";

      gtk_stack_set_visible_child_full (self->stack, to, slide (self, FALSE));
      if (g_str_equal (to, "start"))
        gtk_widget_grab_focus (self->start_button);
      else
        gtk_widget_child_focus (gtk_stack_get_visible_child (self->stack), GTK_DIR_TAB_FORWARD);
      return TRUE;
    }

  return FALSE;
}

static void
back_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  go_back (DORSAL_ASSESSMENT_PANE (widget));
}

static gboolean
back_shortcut (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  return go_back (DORSAL_ASSESSMENT_PANE (widget));
}

/* Y, N and S answer yes, no and not sure, on yes/no pages only; elsewhere
 * the keys go on (to a search, say). */
static gboolean
yesno_shortcut (GtkWidget *widget,
                GVariant  *args,
                gpointer   user_data)
{
  DorsalAssessmentPane *self = DORSAL_ASSESSMENT_PANE (widget);
  DorsalAssessmentQuestion *page = current_page (self);

  if (page == NULL ||
      dorsal_question_get_kind (dorsal_assessment_question_get_question (page)) !=
      DORSAL_QUESTION_YESNO)
    return FALSE;

  answer (self, g_variant_get_string (args, NULL));
  return TRUE;
}

static void
continue_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DorsalAssessmentPane *self = DORSAL_ASSESSMENT_PANE (widget);
  const char *page = _dorsal_assessment_pane_get_page (self);

  if (g_strcmp0 (page, "emergency") == 0)
    {
      advance (self, self->interrupted_at);
      return;
    }

  /* from a result so far: the first question still open */
  if (self->outcome != NULL && !dorsal_outcome_get_complete (self->outcome))
    {
      const char *missing = dorsal_outcome_get_first_missing (self->outcome);

      for (guint i = 0; i < self->question_pages->len; i++)
        {
          const DorsalQuestion *question =
            dorsal_assessment_question_get_question (g_ptr_array_index (self->question_pages, i));

          if (g_strcmp0 (dorsal_question_get_id (question), missing) == 0)
            {
              show_question (self, i, TRUE);
              return;
            }
        }
    }
}

static void
show_result_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DorsalAssessmentPane *self = DORSAL_ASSESSMENT_PANE (widget);

  show_outcome (self, _dorsal_assessment_pane_get_page (self));
}

static void
start_over_activated (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  dorsal_assessment_pane_reset (DORSAL_ASSESSMENT_PANE (widget));
  gtk_widget_grab_focus (DORSAL_ASSESSMENT_PANE (widget)->start_button);
}

static void
print_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DorsalAssessmentPane *self = DORSAL_ASSESSMENT_PANE (widget);

  _dorsal_assessment_print (self, self->toast_overlay, NULL);
}

static void
on_settings_changed (DorsalAssessmentPane *self,
                     const char           *key)
{
  const char *page = _dorsal_assessment_pane_get_page (self);

  if (g_strcmp0 (page, "emergency") == 0 && g_str_equal (key, "emergency-number"))
    show_emergency (self);
  else if (g_strcmp0 (page, "outcome") == 0)
    fill_outcome (self);
  else
    update_print_visible (self);
}

/* Opening the pane takes the keyboard focus into it, on the page it shows. */
static void
on_map (DorsalAssessmentPane *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->stack);

  update_print_visible (self);
  if (visible == gtk_stack_get_child_by_name (self->stack, "start"))
    gtk_widget_grab_focus (self->start_button);
  else if (DORSAL_IS_ASSESSMENT_QUESTION (visible))
    dorsal_assessment_question_focus_answer (DORSAL_ASSESSMENT_QUESTION (visible));
  else if (visible == gtk_stack_get_child_by_name (self->stack, "emergency"))
    gtk_widget_grab_focus (self->emergency_box);
}

/* Public API */

/**
 * dorsal_assessment_pane_new:
 * @triage: the self-assessment to ask
 *
 * Returns: (transfer floating): a new pane on its start page
 */
GtkWidget *
dorsal_assessment_pane_new (DorsalTriage *triage)
{
  g_return_val_if_fail (DORSAL_IS_TRIAGE (triage), NULL);

  return g_object_new (DORSAL_TYPE_ASSESSMENT_PANE, "triage", triage, NULL);
}

DorsalTriage *
dorsal_assessment_pane_get_triage (DorsalAssessmentPane *self)
{
  g_return_val_if_fail (DORSAL_IS_ASSESSMENT_PANE (self), NULL);
  return self->triage;
}

/**
 * dorsal_assessment_pane_reset:
 *
 * Starts over: forgets every answer and the picked zones, closes every
 * "why", and shows the start page at once (no animation). The kiosk's idle
 * reset calls this too.
 */
void
dorsal_assessment_pane_reset (DorsalAssessmentPane *self)
{
  g_return_if_fail (DORSAL_IS_ASSESSMENT_PANE (self));

  dorsal_answers_clear (self->answers);
  set_outcome (self, NULL);
  for (guint i = 0; i < self->question_pages->len; i++)
    dorsal_assessment_question_reset (g_ptr_array_index (self->question_pages, i));
  store_zones (self, NULL);
  self->current = 0;
  self->interrupted_at = 0;
  g_clear_pointer (&self->about_return, g_free);
  g_clear_pointer (&self->outcome_return, g_free);
  remove_children (self->reasons_box);
  gtk_stack_set_visible_child_full (self->stack, "start", GTK_STACK_TRANSITION_TYPE_NONE);
}

/**
 * dorsal_assessment_pane_get_answers:
 *
 * Returns: (transfer none): the answers given so far, only in memory
 */
DorsalAnswers *
dorsal_assessment_pane_get_answers (DorsalAssessmentPane *self)
{
  g_return_val_if_fail (DORSAL_IS_ASSESSMENT_PANE (self), NULL);
  return self->answers;
}

/**
 * dorsal_assessment_pane_get_level:
 *
 * Returns: (nullable): the id of the level the answers so far reach, or
 *   %NULL before the first answer
 */
const char *
dorsal_assessment_pane_get_level (DorsalAssessmentPane *self)
{
  g_return_val_if_fail (DORSAL_IS_ASSESSMENT_PANE (self), NULL);

  if (self->outcome == NULL)
    return NULL;
  return dorsal_level_get_id (dorsal_outcome_get_level (self->outcome));
}

/**
 * dorsal_assessment_pane_get_picked_zones:
 *
 * Returns: (transfer none): the body-map zones picked, as drawing ids
 *   ("zone-neck"), in question order
 */
const char * const *
dorsal_assessment_pane_get_picked_zones (DorsalAssessmentPane *self)
{
  g_return_val_if_fail (DORSAL_IS_ASSESSMENT_PANE (self), NULL);
  return (const char * const *) self->picked_zones;
}

/**
 * dorsal_assessment_pane_set_picked_zones:
 * @zones: (nullable): drawing ids ("zone-neck"); the values without the
 *   prefix ("neck") are taken too, unknown ones are dropped
 *
 * Sets the pain-location answer and ticks the matching check buttons.
 */
void
dorsal_assessment_pane_set_picked_zones (DorsalAssessmentPane *self,
                                         const char * const   *zones)
{
  g_auto(GStrv) values = NULL;

  g_return_if_fail (DORSAL_IS_ASSESSMENT_PANE (self));

  values = zone_values_from_ids (zones);
  store_zones (self, (const char * const *) values);
}

/* Private API, for the pane's parts and its tests */

const char *
_dorsal_assessment_pane_get_page (DorsalAssessmentPane *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkWidget *
_dorsal_assessment_pane_get_page_widget (DorsalAssessmentPane *self,
                                         const char           *name)
{
  return gtk_stack_get_child_by_name (self->stack, name);
}

GtkWidget *
_dorsal_assessment_pane_get_emergency (DorsalAssessmentPane *self)
{
  return self->emergency_box;
}

const char *
_dorsal_assessment_pane_get_emergency_number (DorsalAssessmentPane *self)
{
  return emergency_number (self, NULL);
}

GtkWidget *
_dorsal_assessment_pane_get_print_button (DorsalAssessmentPane *self)
{
  return self->print_button;
}

AdwToastOverlay *
_dorsal_assessment_pane_get_toasts (DorsalAssessmentPane *self)
{
  return self->toast_overlay;
}

GtkWidget *
_dorsal_assessment_pane_get_notice (DorsalAssessmentPane *self)
{
  return GTK_WIDGET (self->notice_label);
}

/* GObject */

static void
dorsal_assessment_pane_measure (GtkWidget      *widget,
                                GtkOrientation  orientation,
                                int             for_size,
                                int            *minimum,
                                int            *natural,
                                int            *minimum_baseline,
                                int            *natural_baseline)
{
  GTK_WIDGET_CLASS (dorsal_assessment_pane_parent_class)->measure (widget, orientation, for_size,
                                                                    minimum, natural,
                                                                    minimum_baseline,
                                                                    natural_baseline);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, NATURAL_WIDTH));
}

static void
dorsal_assessment_pane_constructed (GObject *object)
{
  DorsalAssessmentPane *self = DORSAL_ASSESSMENT_PANE (object);
  g_autofree char *intro = NULL;

  G_OBJECT_CLASS (dorsal_assessment_pane_parent_class)->constructed (object);

  g_assert (DORSAL_IS_TRIAGE (self->triage));

  /* TRANSLATORS: %u is the number of questions */
  intro = g_strdup_printf (ngettext ("Answer %u short question about your pain. It takes about "
                                     "two minutes. At the end you will know whether to get help, "
                                     "and how soon.",
                                     "Answer %u short questions about your pain. It takes about "
                                     "two minutes. At the end you will know whether to get help, "
                                     "and how soon.",
                                     dorsal_triage_get_n_questions (self->triage)),
                           dorsal_triage_get_n_questions (self->triage));
  gtk_label_set_label (self->start_intro, intro);
  gtk_label_set_label (self->start_notice, dorsal_triage_get_notice (self->triage));
  gtk_label_set_label (self->notice_label, dorsal_triage_get_notice (self->triage));

  build_questions (self);
  _dorsal_assessment_fill_about (self->triage, self->about_box);
  gtk_stack_set_visible_child_name (self->stack, "start");
  on_visible_page_changed (self);
  update_print_visible (self);
}

static void
dorsal_assessment_pane_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DorsalAssessmentPane *self = DORSAL_ASSESSMENT_PANE (object);

  switch (prop_id)
    {
    case PROP_TRIAGE:
      g_value_set_object (value, self->triage);
      break;

    case PROP_PICKED_ZONES:
      g_value_set_boxed (value, self->picked_zones);
      break;

    case PROP_LEVEL:
      g_value_set_string (value, dorsal_assessment_pane_get_level (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_assessment_pane_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  DorsalAssessmentPane *self = DORSAL_ASSESSMENT_PANE (object);

  switch (prop_id)
    {
    case PROP_TRIAGE:
      self->triage = g_value_dup_object (value);
      break;

    case PROP_PICKED_ZONES:
      dorsal_assessment_pane_set_picked_zones (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_assessment_pane_dispose (GObject *object)
{
  DorsalAssessmentPane *self = DORSAL_ASSESSMENT_PANE (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DORSAL_TYPE_ASSESSMENT_PANE);
  g_clear_pointer (&self->question_pages, g_ptr_array_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dorsal_assessment_pane_parent_class)->dispose (object);
}

static void
dorsal_assessment_pane_finalize (GObject *object)
{
  DorsalAssessmentPane *self = DORSAL_ASSESSMENT_PANE (object);

  g_clear_pointer (&self->outcome, dorsal_outcome_free);
  g_clear_pointer (&self->answers, dorsal_answers_free);
  g_clear_pointer (&self->picked_zones, g_strfreev);
  g_clear_pointer (&self->about_return, g_free);
  g_clear_pointer (&self->outcome_return, g_free);
  g_clear_pointer (&self->level_class, g_free);
  g_clear_object (&self->triage);

  G_OBJECT_CLASS (dorsal_assessment_pane_parent_class)->finalize (object);
}

static void
dorsal_assessment_pane_class_init (DorsalAssessmentPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dorsal_assessment_pane_constructed;
  object_class->dispose = dorsal_assessment_pane_dispose;
  object_class->finalize = dorsal_assessment_pane_finalize;
  object_class->get_property = dorsal_assessment_pane_get_property;
  object_class->set_property = dorsal_assessment_pane_set_property;
  widget_class->measure = dorsal_assessment_pane_measure;

  properties[PROP_TRIAGE] =
    g_param_spec_object ("triage", NULL, NULL, DORSAL_TYPE_TRIAGE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * DorsalAssessmentPane:picked-zones:
   *
   * The body-map zones of the pain-location question, as drawing ids
   * ("zone-neck"), so it binds to the drawing's own picked zones.
   */
  properties[PROP_PICKED_ZONES] =
    g_param_spec_boxed ("picked-zones", NULL, NULL, G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DorsalAssessmentPane::pick-zones-requested:
   * @active: whether the drawing should let the person pick zones now
   */
  signals[PICK_ZONES_REQUESTED] =
    g_signal_new ("pick-zones-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  /**
   * DorsalAssessmentPane::topic-requested:
   * @topic_id: an atlas topic, such as "warning-chest-pain"
   */
  signals[TOPIC_REQUESTED] =
    g_signal_new ("topic-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * DorsalAssessmentPane::show-topic-anatomy:
   * @topic_id: an atlas topic whose drawing ids should be shown
   */
  signals[SHOW_TOPIC_ANATOMY] =
    g_signal_new ("show-topic-anatomy", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/dorsal-assessment-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, stack);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, start_intro);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, start_notice);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, start_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, emergency_box);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, emergency_icon);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, emergency_action);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, emergency_number);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, emergency_origin);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, emergency_why);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, continue_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, outcome_banner);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, outcome_icon);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, outcome_title);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, outcome_partial);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, outcome_action);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, outcome_number);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, reasons_box);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, outcome_if_worse);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, resume_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, outcome_scroll);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, print_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, about_box);
  gtk_widget_class_bind_template_child (widget_class, DorsalAssessmentPane, notice_label);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed);

  gtk_widget_class_install_action (widget_class, "assessment.start", NULL, start_activated);
  gtk_widget_class_install_action (widget_class, "assessment.about", NULL, about_activated);
  gtk_widget_class_install_action (widget_class, "assessment.back", NULL, back_activated);
  gtk_widget_class_install_action (widget_class, "assessment.answer", "s", answer_activated);
  gtk_widget_class_install_action (widget_class, "assessment.continue", NULL, continue_activated);
  gtk_widget_class_install_action (widget_class, "assessment.show-result", NULL,
                                   show_result_activated);
  gtk_widget_class_install_action (widget_class, "assessment.start-over", NULL,
                                   start_over_activated);
  gtk_widget_class_install_action (widget_class, "assessment.print", NULL, print_activated);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_ALT_MASK, back_shortcut, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Left, GDK_ALT_MASK, back_shortcut, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_BackSpace, 0, back_shortcut, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_y, 0, yesno_shortcut, "s", "yes");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Y, GDK_SHIFT_MASK, yesno_shortcut, "s", "yes");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_n, 0, yesno_shortcut, "s", "no");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_N, GDK_SHIFT_MASK, yesno_shortcut, "s", "no");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_s, 0, yesno_shortcut, "s", "not-sure");
  gtk_widget_class_add_binding (widget_class, GDK_KEY_S, GDK_SHIFT_MASK, yesno_shortcut, "s",
                                "not-sure");

  gtk_widget_class_set_css_name (widget_class, "dorsal-assessment-pane");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  g_type_ensure (DORSAL_TYPE_ASSESSMENT_QUESTION);
}

/* GTK 4.8 names a button from its accessible label AND the label it is labelled by: "_Start"
 * with the label "Start" was read "Start Start". The template gives each text button a clean
 * label; the link to the visible text goes. */
static void
name_text_buttons_once (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) != NULL)
        gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      name_text_buttons_once (child);
    }
}

static void
dorsal_assessment_pane_init (DorsalAssessmentPane *self)
{
  dorsal_resources_register ();
  gtk_widget_init_template (GTK_WIDGET (self));
  name_text_buttons_once (GTK_WIDGET (self));
  /* an expanding child would make the side flap take half the window */
  gtk_widget_set_hexpand (GTK_WIDGET (self), FALSE);

  self->answers = dorsal_answers_new ();
  self->picked_zones = g_new0 (char *, 1);
  self->question_pages = g_ptr_array_new ();
  self->settings = dorsal_settings_dup ();
  g_signal_connect_swapped (self->settings, "changed", G_CALLBACK (on_settings_changed), self);
  g_signal_connect (self, "map", G_CALLBACK (on_map), NULL);
}
