/* dorsal-content-pane-actions.c: the content pane's actions, shortcuts and mouse buttons
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-content-pane-private.h"

static void
go_back (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  DorsalContentPane *self = DORSAL_CONTENT_PANE (widget);
  g_autofree char *id = NULL;

  if (self->back->len == 0)
    return;

  id = g_ptr_array_steal_index (self->back, self->back->len - 1);
  if (self->topic != NULL)
    g_ptr_array_add (self->forward, g_strdup (dorsal_topic_get_id (self->topic)));
  _dorsal_content_pane_close_search (self);
  _dorsal_content_pane_set_current (self, id);
  _dorsal_content_pane_update_actions (self);
}

static void
go_forward (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DorsalContentPane *self = DORSAL_CONTENT_PANE (widget);
  g_autofree char *id = NULL;

  if (self->forward->len == 0)
    return;

  id = g_ptr_array_steal_index (self->forward, self->forward->len - 1);
  if (self->topic != NULL)
    g_ptr_array_add (self->back, g_strdup (dorsal_topic_get_id (self->topic)));
  _dorsal_content_pane_close_search (self);
  _dorsal_content_pane_set_current (self, id);
  _dorsal_content_pane_update_actions (self);
}

static void
go_home (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  dorsal_content_pane_show_topic (DORSAL_CONTENT_PANE (widget), "start");
}

static void
open_topic (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  dorsal_content_pane_show_topic (DORSAL_CONTENT_PANE (widget),
                                  g_variant_get_string (parameter, NULL));
}

static void
start_search (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DorsalContentPane *self = DORSAL_CONTENT_PANE (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_me (GtkWidget  *widget,
         const char *action_name,
         GVariant   *parameter)
{
  _dorsal_content_pane_show_me (DORSAL_CONTENT_PANE (widget));
}

static void
zoom (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  DorsalContentPane *self = DORSAL_CONTENT_PANE (widget);

  if (g_str_equal (action_name, "content.zoom-in"))
    _dorsal_content_pane_set_text_scale (self, self->text_scale + TEXT_SCALE_STEP);
  else if (g_str_equal (action_name, "content.zoom-out"))
    _dorsal_content_pane_set_text_scale (self, self->text_scale - TEXT_SCALE_STEP);
  else
    _dorsal_content_pane_set_text_scale (self, 1.0);
}

static void
on_mouse_button (DorsalContentPane *self,
                 int                n_press,
                 double             x,
                 double             y,
                 GtkGestureClick   *gesture)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button == 8)
    gtk_widget_activate_action (GTK_WIDGET (self), "content.back", NULL);
  else if (button == 9)
    gtk_widget_activate_action (GTK_WIDGET (self), "content.forward", NULL);
  else
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action)
{
  GtkShortcutTrigger *parsed = gtk_shortcut_trigger_parse_string (trigger);

  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (parsed, gtk_named_action_new (action)));
}

void
_dorsal_content_pane_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "content.back", NULL, go_back);
  gtk_widget_class_install_action (widget_class, "content.forward", NULL, go_forward);
  gtk_widget_class_install_action (widget_class, "content.home", NULL, go_home);
  gtk_widget_class_install_action (widget_class, "content.open-topic", "s", open_topic);
  gtk_widget_class_install_action (widget_class, "content.search", NULL, start_search);
  gtk_widget_class_install_action (widget_class, "content.show-me", NULL, show_me);
  gtk_widget_class_install_action (widget_class, "content.zoom-in", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "content.zoom-out", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "content.zoom-reset", NULL, zoom);
}

void
_dorsal_content_pane_init_actions (DorsalContentPane *self)
{
  GtkEventController *shortcuts;
  GtkGesture *click;

  /* These work wherever the focus is in the window, not only in the pane. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                     GTK_SHORTCUT_SCOPE_GLOBAL);
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Left", "content.back");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Right", "content.forward");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Alt>Home", "content.home");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Back", "content.back");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "Forward", "content.forward");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>f", "content.search");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>plus", "content.zoom-in");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>equal", "content.zoom-in");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>KP_Add", "content.zoom-in");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>minus", "content.zoom-out");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>KP_Subtract", "content.zoom-out");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>0", "content.zoom-reset");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), "<Control>KP_0", "content.zoom-reset");
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_mouse_button), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}
