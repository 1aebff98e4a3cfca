/* dorsal-assessment-outcome.c: the reasons of an outcome and the "about this assessment" page
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-assessment-pane-private.h"

#include <string.h>
#include <glib/gi18n.h>

GtkWidget *
_dorsal_assessment_label_new (const char *text,
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

/* an icon per level, so no level is told by its colour alone */
const char *
_dorsal_assessment_level_icon (const DorsalLevel *level)
{
  const char *id = dorsal_level_get_id (level);

  if (g_str_equal (id, "call-emergency"))
    return "call-start-symbolic";
  if (dorsal_level_get_interrupts (level))
    return "dialog-warning-symbolic";
  if (g_str_equal (id, "urgent"))
    return "emblem-important-symbolic";
  if (g_str_equal (id, "self-care"))
    return "emblem-ok-symbolic";
  return "appointment-new-symbolic";
}

static void
on_topic_clicked (GtkButton            *button,
                  DorsalAssessmentPane *self)
{
  g_signal_emit_by_name (self, "topic-requested",
                         g_object_get_data (G_OBJECT (button), "dorsal-topic"));
}

static void
on_show_me_clicked (GtkButton            *button,
                    DorsalAssessmentPane *self)
{
  g_signal_emit_by_name (self, "show-topic-anatomy",
                         g_object_get_data (G_OBJECT (button), "dorsal-topic"));
}

static GtkWidget *
reason_button (DorsalAssessmentPane *self,
               const char           *label,
               const char           *accessible_label,
               const char           *icon,
               const char           *topic,
               GtkWidget            *described_by,
               GCallback             callback)
{
  GtkWidget *button = gtk_button_new ();

  gtk_button_set_child (GTK_BUTTON (button),
                        g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                      "icon-name", icon,
                                      "label", label,
                                      NULL));
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "dorsal-reason-button");
  g_object_set_data_full (G_OBJECT (button), "dorsal-topic", g_strdup (topic), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label,
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, described_by, NULL,
                                  -1);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

/**
 * _dorsal_assessment_reason_new:
 * @index: a reason of @outcome
 *
 * One reason in plain words: the explanation, the answer given, the
 * not-sure line where it applies, the source, and buttons to its topic and
 * its anatomy (the pane's #DorsalAssessmentPane::topic-requested and
 * #DorsalAssessmentPane::show-topic-anatomy).
 */
GtkWidget *
_dorsal_assessment_reason_new (DorsalAssessmentPane *self,
                               DorsalOutcome        *outcome,
                               guint                 index)
{
  DorsalTriage *triage = dorsal_assessment_pane_get_triage (self);
  DorsalAnswers *answers = dorsal_assessment_pane_get_answers (self);
  const DorsalQuestion *question = dorsal_outcome_get_reason_question (outcome, index);
  const DorsalRule *rule = dorsal_outcome_get_reason_rule (outcome, index);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *explanation;
  GtkWidget *buttons;
  const char *topic;
  g_autofree char *source = NULL;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "dorsal-reason");

  explanation = _dorsal_assessment_label_new (question != NULL ? dorsal_question_get_explanation (question)
                                                : dorsal_rule_get_explanation (rule), NULL);
  gtk_box_append (GTK_BOX (card), explanation);

  if (question != NULL)
    {
      const char *value = dorsal_answers_get (answers, dorsal_question_get_id (question));
      /* TRANSLATORS: %s is an answer, such as "Yes" or "Not sure" */
      g_autofree char *answered = g_strdup_printf (_("Your answer: %s"),
                                                   dorsal_question_get_value_label (question, value));

      gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (answered, "dorsal-reason-answer"));
    }

  if (question != NULL && dorsal_outcome_get_reason_uncertain (outcome, index))
    {
      const DorsalLevel *yes_level = dorsal_question_get_yes_level (question);
      const char *note = dorsal_triage_get_answer_note (triage, "not-sure");
      g_autofree char *trimmed = g_strdup (note != NULL ? note : "");
      g_autofree char *line = NULL;
      gsize len = strlen (trimmed);

      if (len > 0 && trimmed[len - 1] == '.')
        trimmed[len - 1] = '\0';
      /* TRANSLATORS: "If you find that you do have this, treat it as a yes: Call the emergency number now" */
      line = g_strdup_printf (_("%s: %s"), trimmed,
                              yes_level != NULL ? dorsal_level_get_title (yes_level) : "");
      gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (line, "dorsal-reason-note"));
    }

  /* TRANSLATORS: %s names a guideline, such as "NHS guidance on back pain" */
  source = g_strdup_printf (_("Source: %s"), question != NULL ? dorsal_question_get_source (question)
                                                             : dorsal_rule_get_source (rule));
  gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (source, "dim-label"));

  topic = question != NULL ? dorsal_question_get_topic (question) : dorsal_rule_get_topic (rule);
  if (topic != NULL)
    {
      buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      gtk_box_append (GTK_BOX (buttons),
                      reason_button (self, _("Read More"), _("Read more"), "help-about-symbolic",
                                     topic, explanation, G_CALLBACK (on_topic_clicked)));
      gtk_box_append (GTK_BOX (buttons),
                      reason_button (self, _("Show Me"), _("Show me on the drawing"),
                                     "find-location-symbolic", topic, explanation,
                                     G_CALLBACK (on_show_me_clicked)));
      gtk_box_append (GTK_BOX (card), buttons);
    }

  return card;
}

/**
 * _dorsal_assessment_fill_about:
 * @box: the about page, to append to
 *
 * Every level, question and rule with the advice it leads to and its
 * source: what a physiotherapist reads to trust the assessment, or to check
 * a change to assessment.xml.
 */
void
_dorsal_assessment_fill_about (DorsalTriage *triage,
                               GtkBox       *box)
{
  guint n_levels = dorsal_triage_get_n_levels (triage);
  guint n_questions = dorsal_triage_get_n_questions (triage);
  guint n_rules = dorsal_triage_get_n_rules (triage);
  g_autoptr(DorsalAnswers) probe = dorsal_answers_new ();
  GtkWidget *label;

  label = _dorsal_assessment_label_new (_("The levels of advice, most urgent first"), "title-4");
  gtk_widget_set_margin_top (label, 12);
  gtk_box_append (box, label);
  for (guint i = 0; i < n_levels; i++)
    {
      const DorsalLevel *level = dorsal_triage_get_level (triage, i);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "dorsal-reason");
      gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (dorsal_level_get_title (level), "heading"));
      gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (dorsal_level_get_why (level), NULL));
      gtk_box_append (box, card);
    }

  label = _dorsal_assessment_label_new (_("The questions"), "title-4");
  gtk_widget_set_margin_top (label, 12);
  gtk_box_append (box, label);
  for (guint i = 0; i < n_questions; i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (triage, i);
      const char * const *values = dorsal_question_get_values (question);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      g_autofree char *title = g_strdup_printf ("%u. %s", i + 1, dorsal_question_get_text (question));
      g_autofree char *source = g_strdup_printf (_("Source: %s"), dorsal_question_get_source (question));
      g_autoptr(GString) leads = g_string_new (NULL);

      /* What each answer alone leads to, asked of the engine itself, so this
       * page shows what the data file really does. */
      for (guint v = 0; values[v] != NULL; v++)
        {
          g_autoptr(DorsalOutcome) alone = NULL;

          dorsal_answers_clear (probe);
          dorsal_answers_set (probe, dorsal_question_get_id (question), values[v]);
          alone = dorsal_triage_evaluate (triage, probe);
          if (dorsal_outcome_get_n_reasons (alone) == 0)
            continue;
          if (leads->len > 0)
            g_string_append_c (leads, '\n');
          /* TRANSLATORS: an answer and the advice it leads to: "Yes: Call the emergency number now" */
          g_string_append_printf (leads, _("%s: %s"),
                                  dorsal_question_get_value_label (question, values[v]),
                                  dorsal_level_get_title (dorsal_outcome_get_level (alone)));
        }
      if (leads->len == 0)
        g_string_append (leads, _("No answer to this question changes the advice on its own."));

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "dorsal-reason");
      gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (title, "heading"));
      gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (leads->str, "dorsal-about-levels"));
      gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (dorsal_question_get_why (question), NULL));
      gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (source, "dim-label"));
      gtk_box_append (box, card);
    }

  label = _dorsal_assessment_label_new (_("Rules that combine answers"), "title-4");
  gtk_widget_set_margin_top (label, 12);
  gtk_box_append (box, label);
  for (guint i = 0; i < n_rules; i++)
    {
      const DorsalRule *rule = dorsal_triage_get_rule (triage, i);
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      g_autofree char *source = g_strdup_printf (_("Source: %s"), dorsal_rule_get_source (rule));
      /* TRANSLATORS: the advice a rule leads to */
      g_autofree char *leads = g_strdup_printf (_("Leads to: %s"),
                                                dorsal_level_get_title (dorsal_rule_get_level (rule)));

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "dorsal-reason");
      gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (dorsal_rule_get_why (rule), "heading"));
      gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (leads, "dorsal-about-levels"));
      gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (dorsal_rule_get_explanation (rule), NULL));
      gtk_box_append (GTK_BOX (card), _dorsal_assessment_label_new (source, "dim-label"));
      gtk_box_append (box, card);
    }
}
