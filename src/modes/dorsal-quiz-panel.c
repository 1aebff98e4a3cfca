/* dorsal-quiz-panel.c: the classroom quiz on screen: the question, answers on the drawing or on big buttons, feedback, score
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-quiz-panel.h"

#include <glib/gi18n.h>

#include "dorsal-modes-diagram.h"

#define DEFAULT_ROUND 10

struct _DorsalQuizPanel
{
  GtkWidget parent_instance;

  DorsalQuiz          *quiz;
  GtkWidget           *view;       /* weak: the drawing the class answers on */
  gulong               activated_id;
  DorsalQuizPanelPage  page;
  DorsalQuizQuestion  *asked;      /* the question on screen, or the one just answered */
  GRand               *rand;       /* the order of the options */

  GtkWidget *stack;
  GtkWidget *counter;
  GtkWidget *prompt;
  GtkWidget *hint;
  GtkWidget *options;              /* box of option buttons, in shown order */
  GtkWidget *skip;
  GtkWidget *feedback;
  GtkWidget *explanation;
  GtkWidget *next;
  GtkWidget *score;
  GtkWidget *score_detail;
};

G_DEFINE_FINAL_TYPE (DorsalQuizPanel, dorsal_quiz_panel, GTK_TYPE_WIDGET)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
dorsal_quiz_panel_new (DorsalQuiz *quiz)
{
  DorsalQuizPanel *self;

  g_return_val_if_fail (DORSAL_IS_QUIZ (quiz), NULL);

  self = g_object_new (DORSAL_TYPE_QUIZ_PANEL, NULL);
  self->quiz = g_object_ref (quiz);
  return GTK_WIDGET (self);
}

DorsalQuiz *
dorsal_quiz_panel_get_quiz (DorsalQuizPanel *self)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ_PANEL (self), NULL);

  return self->quiz;
}

DorsalQuizPanelPage
dorsal_quiz_panel_get_page (DorsalQuizPanel *self)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ_PANEL (self), DORSAL_QUIZ_PANEL_PAGE_QUESTION);

  return self->page;
}

const char *
dorsal_quiz_panel_get_feedback (DorsalQuizPanel *self)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ_PANEL (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->feedback));
}

const char *
dorsal_quiz_panel_get_score_text (DorsalQuizPanel *self)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ_PANEL (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->score));
}

static void
set_page (DorsalQuizPanel     *self,
          DorsalQuizPanelPage  page)
{
  static const char * const names[] = { "question", "feedback", "score" };

  self->page = page;
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), names[page]);
}

static void on_option_clicked (GtkButton *button, DorsalQuizPanel *self);

static void
show_question (DorsalQuizPanel *self)
{
  DorsalQuizQuestion *question = dorsal_quiz_get_current (self->quiz);
  g_autofree char *counter = NULL;
  GtkWidget *child;
  g_autofree guint *order = NULL;
  guint n;

  if (question == NULL)
    {
      g_autofree char *score = NULL;
      g_autofree char *detail = NULL;

      /* TRANSLATORS: the quiz score, e.g. "7 / 10" */
      score = g_strdup_printf (_("%u / %u"), dorsal_quiz_get_n_right (self->quiz),
                               dorsal_quiz_get_round_length (self->quiz));
      /* TRANSLATORS: under the score: how many answers were right, wrong and skipped */
      detail = g_strdup_printf (_("Right: %u   Wrong: %u   Skipped: %u"),
                                dorsal_quiz_get_n_right (self->quiz),
                                dorsal_quiz_get_n_wrong (self->quiz),
                                dorsal_quiz_get_n_skipped (self->quiz));
      gtk_label_set_label (GTK_LABEL (self->score), score);
      gtk_label_set_label (GTK_LABEL (self->score_detail), detail);
      gtk_label_set_label (GTK_LABEL (self->counter), "");
      self->asked = NULL;
      set_page (self, DORSAL_QUIZ_PANEL_PAGE_SCORE);
      return;
    }

  self->asked = question;
  /* TRANSLATORS: the quiz's question counter, e.g. "Question 3 of 10" */
  counter = g_strdup_printf (_("Question %u of %u"), dorsal_quiz_get_round_position (self->quiz) + 1,
                             dorsal_quiz_get_round_length (self->quiz));
  gtk_label_set_label (GTK_LABEL (self->counter), counter);
  gtk_label_set_label (GTK_LABEL (self->prompt), dorsal_quiz_question_get_prompt (question));

  while ((child = gtk_widget_get_first_child (self->options)) != NULL)
    gtk_box_remove (GTK_BOX (self->options), child);

  n = dorsal_quiz_question_get_n_options (question);
  gtk_widget_set_visible (self->hint, dorsal_quiz_question_get_kind (question) == DORSAL_QUIZ_KIND_TAP);
  gtk_widget_set_visible (self->options, n > 0);
  /* options in a new order each time, so the right one is not always first */
  order = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    order[i] = i;
  for (guint i = n; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (self->rand, 0, (gint32) i);
      guint swap = order[i - 1];

      order[i - 1] = order[j];
      order[j] = swap;
    }

  for (guint k = 0; k < n; k++)
    {
      guint i = order[k];
      GtkWidget *button = gtk_button_new_with_label (dorsal_quiz_question_get_option (question, i));

      gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), TRUE);
      gtk_widget_add_css_class (button, "dorsal-quiz-option");
      g_object_set_data (G_OBJECT (button), "dorsal-option", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (on_option_clicked), self);
      gtk_box_append (GTK_BOX (self->options), button);
    }

  /* the class answers on a clean drawing of the right view */
  _dorsal_modes_diagram_show_ids (self->view, dorsal_quiz_question_get_view (question), NULL);
  set_page (self, DORSAL_QUIZ_PANEL_PAGE_QUESTION);
}

static void
show_feedback (DorsalQuizPanel   *self,
               DorsalQuizOutcome  outcome)
{
  DorsalQuizQuestion *question = self->asked;

  gtk_widget_remove_css_class (self->feedback, "right");
  gtk_widget_remove_css_class (self->feedback, "wrong");
  switch (outcome)
    {
    case DORSAL_QUIZ_OUTCOME_RIGHT:
      gtk_label_set_label (GTK_LABEL (self->feedback), _("✓ Right!"));
      gtk_widget_add_css_class (self->feedback, "right");
      break;

    case DORSAL_QUIZ_OUTCOME_WRONG:
      gtk_label_set_label (GTK_LABEL (self->feedback), _("✗ Not quite. The right answer is lit up."));
      gtk_widget_add_css_class (self->feedback, "wrong");
      break;

    case DORSAL_QUIZ_OUTCOME_SKIPPED:
      gtk_label_set_label (GTK_LABEL (self->feedback), _("Skipped. Here is the answer."));
      break;

    case DORSAL_QUIZ_OUTCOME_NONE:
    default:
      g_assert_not_reached ();
    }

  if (dorsal_quiz_question_get_kind (question) == DORSAL_QUIZ_KIND_CHOICE)
    {
      g_autofree char *text = NULL;

      /* the right option in bold, then why */
      text = g_markup_printf_escaped ("<b>%s</b>\n\n%s",
                                      dorsal_quiz_question_get_option (question,
                                                                       dorsal_quiz_question_get_correct_option (question)),
                                      dorsal_quiz_question_get_explanation (question));
      gtk_label_set_markup (GTK_LABEL (self->explanation), text);
    }
  else
    gtk_label_set_text (GTK_LABEL (self->explanation), dorsal_quiz_question_get_explanation (question));

  /* the right structures, lit up on the drawing */
  _dorsal_modes_diagram_show_ids (self->view, dorsal_quiz_question_get_view (question),
                                  dorsal_quiz_question_get_show_ids (question));

  gtk_button_set_label (GTK_BUTTON (self->next),
                        dorsal_quiz_is_finished (self->quiz) ? _("See the Score") : _("Next Question"));
  set_page (self, DORSAL_QUIZ_PANEL_PAGE_FEEDBACK);
  gtk_widget_grab_focus (self->next);
}

/**
 * dorsal_quiz_panel_start:
 * @n_questions: 0 for the usual ten
 * @rand: (nullable): where the questions and the order of options come from
 *
 * Starts a new round at its first question.
 */
void
dorsal_quiz_panel_start (DorsalQuizPanel *self,
                         guint            n_questions,
                         GRand           *rand)
{
  g_return_if_fail (DORSAL_IS_QUIZ_PANEL (self));

  g_clear_pointer (&self->rand, g_rand_free);
  self->rand = rand != NULL ? g_rand_copy (rand) : g_rand_new ();
  dorsal_quiz_start (self->quiz, n_questions > 0 ? n_questions : DEFAULT_ROUND, rand);
  show_question (self);
}

/**
 * dorsal_quiz_panel_get_option_button:
 * @option: the option's index in the file
 *
 * Returns: (transfer none) (nullable): the button answering with @option
 */
GtkWidget *
dorsal_quiz_panel_get_option_button (DorsalQuizPanel *self,
                                     guint            option)
{
  g_return_val_if_fail (DORSAL_IS_QUIZ_PANEL (self), NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (self->options);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "dorsal-option")) == option)
      return child;

  return NULL;
}

static void
on_option_clicked (GtkButton       *button,
                   DorsalQuizPanel *self)
{
  guint option = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "dorsal-option"));
  DorsalQuizOutcome outcome;

  if (self->page != DORSAL_QUIZ_PANEL_PAGE_QUESTION)
    return;

  outcome = dorsal_quiz_answer_option (self->quiz, option);
  if (outcome != DORSAL_QUIZ_OUTCOME_NONE)
    show_feedback (self, outcome);
}

/**
 * dorsal_quiz_panel_answer_id:
 * @id: a structure touched on the drawing
 *
 * Answers the question on screen, if it is answered on the drawing.
 */
void
dorsal_quiz_panel_answer_id (DorsalQuizPanel *self,
                             const char      *id)
{
  DorsalQuizOutcome outcome;

  g_return_if_fail (DORSAL_IS_QUIZ_PANEL (self));
  g_return_if_fail (id != NULL);

  if (self->page != DORSAL_QUIZ_PANEL_PAGE_QUESTION)
    return;

  outcome = dorsal_quiz_answer_id (self->quiz, id);
  if (outcome != DORSAL_QUIZ_OUTCOME_NONE)
    show_feedback (self, outcome);
}

void
dorsal_quiz_panel_skip (DorsalQuizPanel *self)
{
  g_return_if_fail (DORSAL_IS_QUIZ_PANEL (self));

  if (self->page != DORSAL_QUIZ_PANEL_PAGE_QUESTION || self->asked == NULL)
    return;

  dorsal_quiz_skip (self->quiz);
  show_feedback (self, DORSAL_QUIZ_OUTCOME_SKIPPED);
}

/* From the feedback to the next question, or to the score after the last. */
void
dorsal_quiz_panel_next (DorsalQuizPanel *self)
{
  g_return_if_fail (DORSAL_IS_QUIZ_PANEL (self));

  if (self->page == DORSAL_QUIZ_PANEL_PAGE_FEEDBACK)
    show_question (self);
}

static void
on_structure_activated (GtkWidget       *view,
                        const char      *id,
                        DorsalQuizPanel *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    dorsal_quiz_panel_answer_id (self, id);
}

void
dorsal_quiz_panel_set_diagram_view (DorsalQuizPanel *self,
                                    GtkWidget       *view)
{
  g_return_if_fail (DORSAL_IS_QUIZ_PANEL (self));
  g_return_if_fail (view == NULL || GTK_IS_WIDGET (view));

  if (self->view == view)
    return;

  if (self->view != NULL)
    {
      g_clear_signal_handler (&self->activated_id, self->view);
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
    }
  self->view = view;
  if (self->view != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
      if (g_signal_lookup ("structure-activated", G_OBJECT_TYPE (view)) != 0)
        self->activated_id = g_signal_connect (view, "structure-activated",
                                               G_CALLBACK (on_structure_activated), self);
    }
}

static void
on_again_clicked (DorsalQuizPanel *self)
{
  dorsal_quiz_panel_start (self, dorsal_quiz_get_round_length (self->quiz), NULL);
}

static void
on_close_clicked (DorsalQuizPanel *self)
{
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
dorsal_quiz_panel_dispose (GObject *object)
{
  DorsalQuizPanel *self = DORSAL_QUIZ_PANEL (object);
  GtkWidget *child;

  dorsal_quiz_panel_set_diagram_view (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->quiz);
  g_clear_pointer (&self->rand, g_rand_free);

  G_OBJECT_CLASS (dorsal_quiz_panel_parent_class)->dispose (object);
}

static void
dorsal_quiz_panel_class_init (DorsalQuizPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dorsal_quiz_panel_dispose;

  /**
   * DorsalQuizPanel::closed:
   *
   * The teacher closed the quiz.
   */
  signals[CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dorsalquizpanel");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
wrapped_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
pill_button (const char *label,
             gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

static void
dorsal_quiz_panel_init (DorsalQuizPanel *self)
{
  GtkWidget *question = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *feedback = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *score = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *outer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title, *again, *close, *buttons, *end;

  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self), "dorsal-quiz-panel");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Quiz"), -1);

  self->stack = gtk_stack_new ();
  gtk_stack_set_transition_type (GTK_STACK (self->stack), GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_stack_set_vhomogeneous (GTK_STACK (self->stack), FALSE);
  gtk_widget_set_parent (outer, GTK_WIDGET (self));

  /* the question */
  self->counter = wrapped_label ("dim-label");
  self->prompt = wrapped_label ("dorsal-quiz-prompt");
  self->hint = wrapped_label (NULL);
  gtk_label_set_label (GTK_LABEL (self->hint), _("Answer by touching the drawing."));
  self->options = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  self->skip = pill_button (_("Skip"), FALSE);
  gtk_widget_set_halign (self->skip, GTK_ALIGN_END);
  g_signal_connect_swapped (self->skip, "clicked", G_CALLBACK (dorsal_quiz_panel_skip), self);
  gtk_box_append (GTK_BOX (question), self->prompt);
  gtk_box_append (GTK_BOX (question), self->hint);
  gtk_box_append (GTK_BOX (question), self->options);
  gtk_box_append (GTK_BOX (question), self->skip);

  /* right or wrong, and why */
  self->feedback = wrapped_label ("dorsal-quiz-feedback");
  self->explanation = wrapped_label (NULL);
  self->next = pill_button (_("Next Question"), TRUE);
  gtk_widget_set_halign (self->next, GTK_ALIGN_END);
  g_signal_connect_swapped (self->next, "clicked", G_CALLBACK (dorsal_quiz_panel_next), self);
  gtk_box_append (GTK_BOX (feedback), self->feedback);
  gtk_box_append (GTK_BOX (feedback), self->explanation);
  gtk_box_append (GTK_BOX (feedback), self->next);

  /* the score */
  title = wrapped_label ("title-2");
  gtk_label_set_label (GTK_LABEL (title), _("Your Score"));
  self->score = wrapped_label ("dorsal-quiz-score");
  self->score_detail = wrapped_label (NULL);
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  again = pill_button (_("Play Again"), TRUE);
  close = pill_button (_("Close the Quiz"), FALSE);
  g_signal_connect_swapped (again, "clicked", G_CALLBACK (on_again_clicked), self);
  g_signal_connect_swapped (close, "clicked", G_CALLBACK (on_close_clicked), self);
  gtk_box_append (GTK_BOX (buttons), close);
  gtk_box_append (GTK_BOX (buttons), again);
  gtk_box_append (GTK_BOX (score), title);
  gtk_box_append (GTK_BOX (score), self->score);
  gtk_box_append (GTK_BOX (score), self->score_detail);
  gtk_box_append (GTK_BOX (score), buttons);

  gtk_stack_add_named (GTK_STACK (self->stack), question, "question");
  gtk_stack_add_named (GTK_STACK (self->stack), feedback, "feedback");
  gtk_stack_add_named (GTK_STACK (self->stack), score, "score");

  /* a way out at any point of the round */
  end = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_set_tooltip_text (end, _("Close the Quiz"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (end),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Close the Quiz"), -1);
  gtk_widget_add_css_class (end, "flat");
  gtk_widget_add_css_class (end, "circular");
  gtk_widget_set_valign (end, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (end, "clicked", G_CALLBACK (on_close_clicked), self);
  gtk_widget_set_hexpand (self->counter, TRUE);
  gtk_box_append (GTK_BOX (header), self->counter);
  gtk_box_append (GTK_BOX (header), end);
  gtk_box_append (GTK_BOX (outer), header);
  gtk_box_append (GTK_BOX (outer), self->stack);
}
