/* dorsal-classroom.c: classroom mode: full screen for a projector, large text, the tour and the quiz
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-classroom.h"

#include <glib/gi18n.h>

#include "dorsal-kiosk.h"
#include "dorsal-modes-diagram.h"
#include "dorsal-quiz-panel.h"
#include "dorsal-tour-bar.h"
#include "dorsal-window.h"

struct _DorsalClassroom
{
  GObject parent_instance;

  DorsalWindow *window;        /* unowned: the window owns the classroom */
  gboolean      active;

  /* what the window was like before, to give it back on leaving */
  gboolean      was_fullscreen;
  gboolean      had_labels;
  gboolean      had_projector;

  GtkWidget    *toolbar;
  GtkWidget    *tour_bar;      /* created on first use */
  GtkWidget    *quiz_panel;    /* created on first use */
  GtkEventController *keys;
};

G_DEFINE_FINAL_TYPE (DorsalClassroom, dorsal_classroom, G_TYPE_OBJECT)

static GtkWidget *
diagram_view (DorsalClassroom *self)
{
  return _dorsal_modes_find_diagram_view (GTK_WIDGET (self->window));
}

static void
hide_overlay (DorsalClassroom *self,
              GtkWidget       *overlay)
{
  if (overlay != NULL)
    gtk_widget_set_visible (overlay, FALSE);
}

/* Ends the tour or the quiz, whichever runs. */
void
dorsal_classroom_stop (DorsalClassroom *self)
{
  g_return_if_fail (DORSAL_IS_CLASSROOM (self));

  hide_overlay (self, self->tour_bar);
  hide_overlay (self, self->quiz_panel);
  if (self->quiz_panel != NULL)
    dorsal_quiz_panel_set_diagram_view (DORSAL_QUIZ_PANEL (self->quiz_panel), NULL);
  gtk_widget_set_visible (self->toolbar, self->active);
}

static void
show_error (DorsalClassroom *self,
            const GError    *error)
{
  /* a broken content file must not take the lesson down: say so and carry on */
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self->window),
                                              _("This Part of the Lesson Cannot Start"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * dorsal_classroom_start_tour:
 *
 * Shows the guided tour from its first step (entering classroom mode if needed).
 */
void
dorsal_classroom_start_tour (DorsalClassroom *self)
{
  g_return_if_fail (DORSAL_IS_CLASSROOM (self));

  if (!self->active)
    dorsal_classroom_set_active (self->window, TRUE);
  dorsal_classroom_stop (self);

  if (self->tour_bar == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DorsalTour) tour = dorsal_tour_load_default (&error);

      if (tour == NULL)
        {
          show_error (self, error);
          return;
        }

      self->tour_bar = dorsal_tour_bar_new (tour);
      /* over the content side, leaving the drawing clear */
      gtk_widget_set_valign (self->tour_bar, GTK_ALIGN_END);
      gtk_widget_set_halign (self->tour_bar, GTK_ALIGN_END);
      g_signal_connect_swapped (self->tour_bar, "closed", G_CALLBACK (dorsal_classroom_stop), self);
      dorsal_window_add_overlay (self->window, self->tour_bar);
    }

  gtk_widget_set_visible (self->toolbar, FALSE);
  gtk_widget_set_visible (self->tour_bar, TRUE);
  dorsal_tour_bar_set_diagram_view (DORSAL_TOUR_BAR (self->tour_bar), diagram_view (self));
  dorsal_tour_set_position (dorsal_tour_bar_get_tour (DORSAL_TOUR_BAR (self->tour_bar)), 0);
  /* apply step one even if the tour was already there */
  g_object_notify (G_OBJECT (dorsal_tour_bar_get_tour (DORSAL_TOUR_BAR (self->tour_bar))), "position");
  gtk_widget_grab_focus (self->tour_bar);
}

/**
 * dorsal_classroom_start_quiz:
 *
 * Starts a new round of the quiz (entering classroom mode if needed).
 */
void
dorsal_classroom_start_quiz (DorsalClassroom *self)
{
  g_return_if_fail (DORSAL_IS_CLASSROOM (self));

  if (!self->active)
    dorsal_classroom_set_active (self->window, TRUE);
  dorsal_classroom_stop (self);

  if (self->quiz_panel == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DorsalQuiz) quiz = dorsal_quiz_load_default (&error);

      if (quiz == NULL)
        {
          show_error (self, error);
          return;
        }

      self->quiz_panel = dorsal_quiz_panel_new (quiz);
      gtk_widget_set_valign (self->quiz_panel, GTK_ALIGN_END);
      gtk_widget_set_halign (self->quiz_panel, GTK_ALIGN_END);
      g_signal_connect_swapped (self->quiz_panel, "closed", G_CALLBACK (dorsal_classroom_stop), self);
      dorsal_window_add_overlay (self->window, self->quiz_panel);
    }

  gtk_widget_set_visible (self->toolbar, FALSE);
  gtk_widget_set_visible (self->quiz_panel, TRUE);
  dorsal_quiz_panel_set_diagram_view (DORSAL_QUIZ_PANEL (self->quiz_panel), diagram_view (self));
  dorsal_quiz_panel_start (DORSAL_QUIZ_PANEL (self->quiz_panel), 0, NULL);
}

/**
 * dorsal_classroom_get_tour_bar:
 *
 * Returns: (transfer none) (nullable): the tour bar, once the tour has run
 */
GtkWidget *
dorsal_classroom_get_tour_bar (DorsalClassroom *self)
{
  g_return_val_if_fail (DORSAL_IS_CLASSROOM (self), NULL);

  return self->tour_bar;
}

/**
 * dorsal_classroom_get_quiz_panel:
 *
 * Returns: (transfer none) (nullable): the quiz panel, once the quiz has run
 */
GtkWidget *
dorsal_classroom_get_quiz_panel (DorsalClassroom *self)
{
  g_return_val_if_fail (DORSAL_IS_CLASSROOM (self), NULL);

  return self->quiz_panel;
}

static gboolean
tour_running (DorsalClassroom *self)
{
  return self->tour_bar != NULL && gtk_widget_get_visible (self->tour_bar);
}

/* Capture phase, so a presentation clicker steps the tour wherever the focus is. */
static gboolean
on_capture_key (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DorsalClassroom       *self)
{
  GtkWidget *focus;

  if (!self->active || !tour_running (self))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Page_Up:
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_KP_Page_Down:
      return dorsal_tour_bar_handle_key (DORSAL_TOUR_BAR (self->tour_bar), keyval, state);

    default:
      break;
    }

  /* arrows, space, Home and End belong to whoever has the focus (the drawing
   * moves between structures with them), unless that is the tour or nothing */
  focus = gtk_root_get_focus (GTK_ROOT (self->window));
  if (focus == NULL || focus == GTK_WIDGET (self->window) ||
      gtk_widget_is_ancestor (focus, self->tour_bar) || focus == self->tour_bar)
    {
      /* a focused button keeps space for itself */
      if (GTK_IS_BUTTON (focus) && (keyval == GDK_KEY_space || keyval == GDK_KEY_KP_Space))
        return GDK_EVENT_PROPAGATE;
      return dorsal_tour_bar_handle_key (DORSAL_TOUR_BAR (self->tour_bar), keyval, state);
    }

  return GDK_EVENT_PROPAGATE;
}

/* Bubble phase, so an open popover or the drawing's selection takes Escape first. */
static gboolean
on_bubble_key (GtkEventControllerKey *controller,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               DorsalClassroom       *self)
{
  if (!self->active || keyval != GDK_KEY_Escape ||
      (state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;

  dorsal_classroom_set_active (self->window, FALSE);
  return GDK_EVENT_STOP;
}

static void
on_leave_clicked (DorsalClassroom *self)
{
  dorsal_classroom_set_active (self->window, FALSE);
}

/* While the classroom's buttons show, the window keeps a strip free under them,
 * so they hide none of the drawing's labels and none of the text. */
static void
on_toolbar_visible (GtkWidget       *toolbar,
                    GParamSpec      *pspec,
                    DorsalClassroom *self)
{
  int natural = 0;

  if (gtk_widget_get_visible (toolbar))
    gtk_widget_measure (toolbar, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  dorsal_window_set_bottom_reserve (self->window,
                                    natural > 0 ? natural + gtk_widget_get_margin_bottom (toolbar) + 12
                                                : 0);
}

static GtkWidget *
build_toolbar (DorsalClassroom *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *tour = gtk_button_new_with_mnemonic (_("_Tour"));
  GtkWidget *quiz = gtk_button_new_with_mnemonic (_("_Quiz"));
  GtkWidget *leave = gtk_button_new_with_mnemonic (_("_Leave Classroom"));

  gtk_widget_add_css_class (box, "toolbar");
  gtk_widget_add_css_class (box, "osd");
  gtk_widget_add_css_class (box, "dorsal-classroom-toolbar");
  gtk_widget_set_halign (box, GTK_ALIGN_END);
  gtk_widget_set_valign (box, GTK_ALIGN_END);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_bottom (box, 18);

  gtk_widget_add_css_class (tour, "pill");
  gtk_widget_add_css_class (tour, "suggested-action");
  gtk_widget_add_css_class (quiz, "pill");
  gtk_widget_add_css_class (leave, "pill");
  gtk_widget_set_tooltip_text (tour, _("A guided tour of the upper back, step by step (Page Down to go on)"));
  gtk_widget_set_tooltip_text (quiz, _("Ten questions; the class answers on the drawing"));
  gtk_widget_set_tooltip_text (leave, _("Back to the normal window (F5 or Escape)"));

  g_signal_connect_swapped (tour, "clicked", G_CALLBACK (dorsal_classroom_start_tour), self);
  g_signal_connect_swapped (quiz, "clicked", G_CALLBACK (dorsal_classroom_start_quiz), self);
  g_signal_connect_swapped (leave, "clicked", G_CALLBACK (on_leave_clicked), self);

  gtk_box_append (GTK_BOX (box), tour);
  gtk_box_append (GTK_BOX (box), quiz);
  gtk_box_append (GTK_BOX (box), leave);
  return box;
}

/**
 * dorsal_classroom_get_for_window:
 *
 * Returns: (transfer none): the classroom of @window, made on first use
 */
DorsalClassroom *
dorsal_classroom_get_for_window (DorsalWindow *window)
{
  DorsalClassroom *self;
  GtkEventController *keys;

  g_return_val_if_fail (DORSAL_IS_WINDOW (window), NULL);

  self = g_object_get_data (G_OBJECT (window), "dorsal-classroom");
  if (self != NULL)
    return self;

  self = g_object_new (DORSAL_TYPE_CLASSROOM, NULL);
  self->window = window;
  g_object_set_data_full (G_OBJECT (window), "dorsal-classroom", self, g_object_unref);

  self->toolbar = build_toolbar (self);
  gtk_widget_set_visible (self->toolbar, FALSE);
  dorsal_window_add_overlay (window, self->toolbar);
  g_signal_connect (self->toolbar, "notify::visible", G_CALLBACK (on_toolbar_visible), self);

  self->keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (self->keys, GTK_PHASE_CAPTURE);
  g_signal_connect (self->keys, "key-pressed", G_CALLBACK (on_capture_key), self);
  gtk_widget_add_controller (GTK_WIDGET (window), self->keys);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_bubble_key), self);
  gtk_widget_add_controller (GTK_WIDGET (window), keys);

  return self;
}

gboolean
dorsal_classroom_get_active (DorsalWindow *window)
{
  DorsalClassroom *self;

  g_return_val_if_fail (DORSAL_IS_WINDOW (window), FALSE);

  self = g_object_get_data (G_OBJECT (window), "dorsal-classroom");
  return self != NULL && self->active;
}

/**
 * dorsal_classroom_set_active:
 *
 * Enters classroom mode (full screen, text and labels about 1.5 times larger,
 * the projector palette, labels on) or leaves it, giving the window back as
 * it was. A kiosk never enters it.
 */
void
dorsal_classroom_set_active (DorsalWindow *window,
                             gboolean      active)
{
  DorsalClassroom *self;
  GtkWidget *view;

  g_return_if_fail (DORSAL_IS_WINDOW (window));

  active = !!active;
  if (active == dorsal_classroom_get_active (window))
    return;
  if (active && dorsal_kiosk_get_for_window (GTK_WINDOW (window)) != NULL)
    return;

  self = dorsal_classroom_get_for_window (window);
  self->active = active;
  view = diagram_view (self);

  if (active)
    {
      self->was_fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (window));
      self->had_labels = _dorsal_modes_diagram_get_flag (view, "show-labels");
      self->had_projector = _dorsal_modes_diagram_get_flag (view, "projector");

      gtk_widget_add_css_class (GTK_WIDGET (window), "classroom");
      gtk_window_fullscreen (GTK_WINDOW (window));
      _dorsal_modes_diagram_set_flag (view, "projector", TRUE);
      _dorsal_modes_diagram_set_flag (view, "show-labels", TRUE);
      gtk_widget_set_visible (self->toolbar, TRUE);
    }
  else
    {
      dorsal_classroom_stop (self);
      gtk_widget_remove_css_class (GTK_WIDGET (window), "classroom");
      if (!self->was_fullscreen)
        gtk_window_unfullscreen (GTK_WINDOW (window));
      _dorsal_modes_diagram_set_flag (view, "projector", self->had_projector);
      _dorsal_modes_diagram_set_flag (view, "show-labels", self->had_labels);
      gtk_widget_set_visible (self->toolbar, FALSE);
    }
}

static void
dorsal_classroom_class_init (DorsalClassroomClass *klass)
{
}

static void
dorsal_classroom_init (DorsalClassroom *self)
{
}
