/* dorsal-kiosk.c: the waiting-room kiosk: locked full screen, attract screen and idle reset
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-kiosk.h"

#include <glib/gi18n.h>
#include <string.h>
#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "dorsal-modes-diagram.h"
#include "dorsal-window.h"

/* Settings an administrator sets (and may lock with dconf); everything else
 * in the schema is a visitor's choice and goes back to its default. */
static const char * const admin_keys[] = {
  "kiosk-mode", "kiosk-idle-seconds", "allow-printing", "emergency-number", NULL
};

/* Actions that would let a visitor out, or leave a trace, while in kiosk mode. */
static const char * const blocked_window_actions[] = {
  "win.toggle-fullscreen", "window.close", NULL
};
static const char * const blocked_app_actions[] = {
  "quit", "about", "classroom", NULL
};

#define DEFAULT_COUNTDOWN_SECONDS 10
#define DEFAULT_ATTRACT_SECONDS 6

struct _DorsalKiosk
{
  GObject parent_instance;

  DorsalWindow *window;      /* unowned: the window owns the kiosk */
  GSettings    *settings;

  GtkWidget    *attract;
  GtkWidget    *countdown;
  GtkLabel     *countdown_label;
  GtkWidget    *still_here_button;

  gint64        last_input;  /* monotonic µs */
  guint         idle_id;
  guint         countdown_id;
  guint         countdown_left;
  guint         countdown_seconds;
  guint         attract_id;
  guint         attract_seconds;
  guint         attract_view;
  guint         inhibit_cookies[2];
};

G_DEFINE_FINAL_TYPE (DorsalKiosk, dorsal_kiosk, G_TYPE_OBJECT)

enum {
  RESET,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void schedule_idle (DorsalKiosk *self);

/* Copies an admin key from the real settings whenever it changes there. */
static void
on_real_changed (GSettings  *real,
                 const char *key,
                 GSettings  *memory)
{
  g_autoptr(GVariant) value = NULL;

  if (!g_strv_contains (admin_keys, key))
    return;

  value = g_settings_get_value (real, key);
  g_settings_set_value (memory, key, value);
}

/**
 * dorsal_kiosk_settings_new:
 * @real: the app's settings
 *
 * Settings for a kiosk: held in memory, so nothing a visitor chooses is ever
 * written to disk. The administrator's keys (kiosk-mode, kiosk-idle-seconds,
 * allow-printing, emergency-number) keep following @real, where dconf may lock them.
 *
 * Returns: (transfer full): the visitor's settings
 */
GSettings *
dorsal_kiosk_settings_new (GSettings *real)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  GSettings *memory;

  g_return_val_if_fail (G_IS_SETTINGS (real), NULL);

  g_object_get (real, "settings-schema", &schema, NULL);
  memory = g_settings_new_full (schema, backend, NULL);

  for (guint i = 0; admin_keys[i] != NULL; i++)
    on_real_changed (real, admin_keys[i], memory);

  g_signal_connect_object (real, "changed", G_CALLBACK (on_real_changed), memory, 0);
  g_object_set_data_full (G_OBJECT (memory), "dorsal-kiosk-real", g_object_ref (real), g_object_unref);

  return memory;
}

/**
 * dorsal_kiosk_key_is_blocked:
 *
 * Whether a key press must never reach the app in kiosk mode: the quit and
 * close keys, full screen, and the GTK inspector.
 */
gboolean
dorsal_kiosk_key_is_blocked (guint           keyval,
                             GdkModifierType state)
{
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();

  keyval = gdk_keyval_to_lower (keyval);

  if (keyval == GDK_KEY_F11 || keyval == GDK_KEY_Close || keyval == GDK_KEY_Execute)
    return TRUE;
  if ((mods & GDK_ALT_MASK) && keyval == GDK_KEY_F4)
    return TRUE;
  if ((mods & GDK_CONTROL_MASK) &&
      (keyval == GDK_KEY_q || keyval == GDK_KEY_w || keyval == GDK_KEY_o ||
       keyval == GDK_KEY_s || keyval == GDK_KEY_p || keyval == GDK_KEY_d ||
       keyval == GDK_KEY_i || keyval == GDK_KEY_question))
    return TRUE;
  if ((mods & GDK_SUPER_MASK) != 0)
    return TRUE;

  return FALSE;
}

gboolean
dorsal_kiosk_get_allow_printing (DorsalKiosk *self)
{
  g_return_val_if_fail (DORSAL_IS_KIOSK (self), FALSE);

  return g_settings_get_boolean (self->settings, "allow-printing");
}

/**
 * dorsal_kiosk_get_for_window:
 *
 * Returns: (transfer none) (nullable): the kiosk running @window, if any
 */
DorsalKiosk *
dorsal_kiosk_get_for_window (GtkWindow *window)
{
  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  return g_object_get_data (G_OBJECT (window), "dorsal-kiosk");
}

/* Attract screen ---------------------------------------------------------- */

static gboolean
animations_enabled (DorsalKiosk *self)
{
  gboolean enabled = TRUE;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self->window)),
                "gtk-enable-animations", &enabled, NULL);
  return enabled;
}

static gboolean
on_attract_tick (gpointer data)
{
  DorsalKiosk *self = data;
  static const char * const views[] = { "posterior", "lateral", "anterior", "vertebra" };
  GtkWidget *view;

  /* with animations off, the drawing behind the welcome stays still */
  if (!animations_enabled (self))
    return G_SOURCE_CONTINUE;

  self->attract_view = (self->attract_view + 1) % G_N_ELEMENTS (views);
  view = _dorsal_modes_find_diagram_view (GTK_WIDGET (self->window));
  _dorsal_modes_diagram_set_view (view, views[self->attract_view]);

  return G_SOURCE_CONTINUE;
}

static void
show_attract (DorsalKiosk *self)
{
  gtk_widget_set_visible (self->countdown, FALSE);
  gtk_widget_set_visible (self->attract, TRUE);
  gtk_widget_grab_focus (self->attract);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  if (self->attract_id == 0)
    {
      self->attract_view = 0;
      self->attract_id = g_timeout_add_seconds (self->attract_seconds, on_attract_tick, self);
    }
}

/**
 * dorsal_kiosk_start_visit:
 *
 * Takes down the attract screen: a visitor has touched it. Idle time counts
 * from now.
 */
void
dorsal_kiosk_start_visit (DorsalKiosk *self)
{
  g_return_if_fail (DORSAL_IS_KIOSK (self));

  if (!gtk_widget_get_visible (self->attract))
    return;

  g_clear_handle_id (&self->attract_id, g_source_remove);
  gtk_widget_set_visible (self->attract, FALSE);
  /* the visitor starts from the back view, whatever the attract loop showed */
  _dorsal_modes_diagram_set_view (_dorsal_modes_find_diagram_view (GTK_WIDGET (self->window)),
                                  "posterior");
  self->last_input = g_get_monotonic_time ();
  schedule_idle (self);
}

/* How long the welcome shows each view of the drawing; 6 seconds unless a test says otherwise. */
void
dorsal_kiosk_set_attract_seconds (DorsalKiosk *self,
                                  guint        seconds)
{
  g_return_if_fail (DORSAL_IS_KIOSK (self));
  g_return_if_fail (seconds > 0);

  self->attract_seconds = seconds;
  if (self->attract_id != 0)
    {
      g_clear_handle_id (&self->attract_id, g_source_remove);
      self->attract_id = g_timeout_add_seconds (seconds, on_attract_tick, self);
    }
}

gboolean
dorsal_kiosk_get_attract_visible (DorsalKiosk *self)
{
  g_return_val_if_fail (DORSAL_IS_KIOSK (self), FALSE);

  return gtk_widget_get_visible (self->attract);
}

/* Idle time and countdown ------------------------------------------------- */

static guint
idle_seconds (DorsalKiosk *self)
{
  return (guint) MAX (1, g_settings_get_int (self->settings, "kiosk-idle-seconds"));
}

static void
update_countdown_label (DorsalKiosk *self)
{
  g_autofree char *text = NULL;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Starting again for the next visitor in %u second.",
                                       "Starting again for the next visitor in %u seconds.",
                                       self->countdown_left),
                          self->countdown_left);
  gtk_label_set_label (self->countdown_label, text);
}

static gboolean
on_countdown_tick (gpointer data)
{
  DorsalKiosk *self = data;

  if (self->countdown_left > 1)
    {
      self->countdown_left--;
      update_countdown_label (self);
      return G_SOURCE_CONTINUE;
    }

  self->countdown_id = 0;
  dorsal_kiosk_reset (self);
  return G_SOURCE_REMOVE;
}

static void
show_countdown (DorsalKiosk *self)
{
  self->countdown_left = self->countdown_seconds;
  update_countdown_label (self);
  gtk_widget_set_visible (self->countdown, TRUE);
  gtk_widget_grab_focus (self->still_here_button);
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  self->countdown_id = g_timeout_add_seconds (1, on_countdown_tick, self);
}

static gboolean
on_idle_timeout (gpointer data)
{
  DorsalKiosk *self = data;
  gint64 idle_us = (gint64) idle_seconds (self) * G_USEC_PER_SEC;
  gint64 quiet = g_get_monotonic_time () - self->last_input;

  self->idle_id = 0;

  /* input came in since the timer was set: wait for the rest of the time */
  if (quiet < idle_us)
    {
      self->idle_id = g_timeout_add ((guint) ((idle_us - quiet) / 1000) + 1, on_idle_timeout, self);
      return G_SOURCE_REMOVE;
    }

  show_countdown (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_idle (DorsalKiosk *self)
{
  g_clear_handle_id (&self->idle_id, g_source_remove);
  self->idle_id = g_timeout_add (idle_seconds (self) * 1000, on_idle_timeout, self);
}

/**
 * dorsal_kiosk_still_here:
 *
 * The visitor answered "I'm still here": the countdown stops and idle time
 * starts again.
 */
void
dorsal_kiosk_still_here (DorsalKiosk *self)
{
  g_return_if_fail (DORSAL_IS_KIOSK (self));

  g_clear_handle_id (&self->countdown_id, g_source_remove);
  gtk_widget_set_visible (self->countdown, FALSE);
  self->last_input = g_get_monotonic_time ();
  if (!gtk_widget_get_visible (self->attract))
    schedule_idle (self);
}

gboolean
dorsal_kiosk_get_countdown_visible (DorsalKiosk *self)
{
  g_return_val_if_fail (DORSAL_IS_KIOSK (self), FALSE);

  return gtk_widget_get_visible (self->countdown);
}

guint
dorsal_kiosk_get_countdown_seconds (DorsalKiosk *self)
{
  g_return_val_if_fail (DORSAL_IS_KIOSK (self), 0);

  return self->countdown_seconds;
}

/* How long "Are you still there?" waits; 10 seconds unless a test says otherwise. */
void
dorsal_kiosk_set_countdown_seconds (DorsalKiosk *self,
                                    guint        seconds)
{
  g_return_if_fail (DORSAL_IS_KIOSK (self));
  g_return_if_fail (seconds > 0);

  self->countdown_seconds = seconds;
}

/* Every key but the administrator's back to its default. */
static void
reset_visitor_keys (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    if (!g_strv_contains (admin_keys, keys[i]))
      g_settings_reset (settings, keys[i]);
}

/* The kiosk's part of #DorsalWindow::visitor-reset, however it was started
 * (the countdown, dorsal_kiosk_reset() or the win.reset-visitor action). */
static void
on_visitor_reset (DorsalKiosk *self)
{
  GSettings *real = g_object_get_data (G_OBJECT (self->settings), "dorsal-kiosk-real");
  GtkApplication *app;

  reset_visitor_keys (self->settings);
  /* a pane that keeps its own GSettings writes to the real backend: undo that too */
  if (real != NULL)
    reset_visitor_keys (real);

  app = gtk_window_get_application (GTK_WINDOW (self->window));
  if (app != NULL)
    {
      GList *windows = g_list_copy (gtk_application_get_windows (app));

      for (GList *l = windows; l != NULL; l = l->next)
        if (l->data != (gpointer) self->window)
          gtk_window_destroy (GTK_WINDOW (l->data));
      g_list_free (windows);
    }

  /* the attract loop turned the drawing too: whatever the window's own reset
   * does with it, the kiosk leaves it as a new visitor should find it */
  _dorsal_modes_diagram_reset (_dorsal_modes_find_diagram_view (GTK_WIDGET (self->window)));
  g_signal_emit (self, signals[RESET], 0);
  show_attract (self);
}

/**
 * dorsal_kiosk_reset:
 *
 * Wipes the visit: the window's panes reset (#DorsalWindow::visitor-reset),
 * every setting a visitor could change returns to its default, other windows
 * (dialogs, the shortcuts window) close, and the attract screen returns.
 */
void
dorsal_kiosk_reset (DorsalKiosk *self)
{
  g_return_if_fail (DORSAL_IS_KIOSK (self));

  dorsal_window_reset_visitor (self->window);
}

/* Input ------------------------------------------------------------------- */

static gboolean
on_legacy_event (GtkEventControllerLegacy *controller,
                 GdkEvent                 *event,
                 DorsalKiosk              *self)
{
  GdkEventType type = gdk_event_get_event_type (event);

  switch ((int) type)
    {
    case GDK_KEY_PRESS:
      if (dorsal_kiosk_key_is_blocked (gdk_key_event_get_keyval (event),
                                       gdk_event_get_modifier_state (event)))
        return GDK_EVENT_STOP;
      G_GNUC_FALLTHROUGH;
    case GDK_BUTTON_PRESS:
    case GDK_TOUCH_BEGIN:
    case GDK_SCROLL:
    case GDK_MOTION_NOTIFY:
    case GDK_TOUCHPAD_PINCH:
    case GDK_TOUCHPAD_SWIPE:
      self->last_input = g_get_monotonic_time ();
      /* a key wakes the attract screen like a touch does */
      if (type == GDK_KEY_PRESS && gtk_widget_get_visible (self->attract))
        {
          dorsal_kiosk_start_visit (self);
          return GDK_EVENT_STOP;
        }
      break;

    default:
      break;
    }

  return GDK_EVENT_PROPAGATE;
}

static gboolean
on_close_request (GtkWindow *window)
{
  return TRUE;  /* never: a kiosk window stays */
}

static void
on_fullscreened (GtkWindow *window)
{
  /* a compositor or a key we did not know may take it out of full screen */
  if (!gtk_window_is_fullscreen (window))
    gtk_window_fullscreen (window);
}

static void
on_attract_pressed (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    DorsalKiosk     *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  dorsal_kiosk_start_visit (self);
}

static void
on_still_here_clicked (DorsalKiosk *self)
{
  dorsal_kiosk_still_here (self);
}

/* A visitor who touches the screen anywhere is still there, button or not. */
static void
on_scrim_pressed (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  DorsalKiosk     *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  dorsal_kiosk_still_here (self);
}

static void
on_start_clicked (DorsalKiosk *self)
{
  dorsal_kiosk_start_visit (self);
}

static GtkWidget *
build_attract (DorsalKiosk *self)
{
  GtkWidget *scrim = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *title = gtk_label_new (_("Welcome"));
  GtkWidget *line = gtk_label_new (_("Find out what is behind upper back pain, and when to get help. Touch any part of the spine to learn about it."));
  GtkWidget *note = gtk_label_new (_("This gives information, not a diagnosis."));
  GtkWidget *button = gtk_button_new_with_label (_("Touch to Start"));
  GtkGesture *click = gtk_gesture_click_new ();

  /* the drawing shows through the scrim, turning from view to view */
  gtk_widget_add_css_class (scrim, "dorsal-attract");
  gtk_widget_set_halign (scrim, GTK_ALIGN_FILL);
  gtk_widget_set_valign (scrim, GTK_ALIGN_FILL);
  gtk_widget_set_focusable (scrim, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scrim),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Welcome"), -1);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "dorsal-attract-card");
  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (box, GTK_ALIGN_END);
  gtk_widget_set_vexpand (box, TRUE);
  gtk_widget_add_css_class (title, "dorsal-attract-title");
  gtk_label_set_wrap (GTK_LABEL (line), TRUE);
  gtk_label_set_justify (GTK_LABEL (line), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (line), 36);
  gtk_widget_set_halign (line, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (line, "dorsal-attract-line");
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_justify (GTK_LABEL (note), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (note, "dim-label");

  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_add_css_class (button, "dorsal-attract-start");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_start_clicked), self);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (GTK_BOX (box), note);
  gtk_box_append (GTK_BOX (scrim), box);

  /* a touch anywhere starts, not only on the button */
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (click), FALSE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_attract_pressed), self);
  gtk_widget_add_controller (scrim, GTK_EVENT_CONTROLLER (click));

  return scrim;
}

static GtkWidget *
build_countdown (DorsalKiosk *self)
{
  GtkWidget *scrim = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *title = gtk_label_new (_("Are You Still There?"));
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *button = gtk_button_new_with_label (_("I’m Still Here"));
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_add_css_class (scrim, "dorsal-kiosk-scrim");
  gtk_widget_set_halign (scrim, GTK_ALIGN_FILL);
  gtk_widget_set_valign (scrim, GTK_ALIGN_FILL);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "dorsal-countdown");
  gtk_widget_set_halign (card, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (card, GTK_ALIGN_CENTER);
  gtk_widget_set_vexpand (card, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Are You Still There?"), -1);

  gtk_widget_add_css_class (title, "title-1");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 30);
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_widget_add_css_class (button, "dorsal-still-here");
  g_signal_connect_swapped (button, "clicked", G_CALLBACK (on_still_here_clicked), self);

  gtk_box_append (GTK_BOX (card), title);
  gtk_box_append (GTK_BOX (card), label);
  gtk_box_append (GTK_BOX (card), button);
  gtk_box_append (GTK_BOX (scrim), card);

  /* bubble phase: the button's own click comes first */
  g_signal_connect (click, "pressed", G_CALLBACK (on_scrim_pressed), self);
  gtk_widget_add_controller (scrim, GTK_EVENT_CONTROLLER (click));

  self->countdown_label = GTK_LABEL (label);
  self->still_here_button = button;
  return scrim;
}

/* No minimize, maximize or close buttons in any header bar of the window. */
static void
hide_window_buttons (GtkWidget *widget)
{
  if (ADW_IS_HEADER_BAR (widget))
    adw_header_bar_set_decoration_layout (ADW_HEADER_BAR (widget), ":");

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    hide_window_buttons (child);
}

static void
set_action_enabled (GActionMap *map,
                    const char *name,
                    gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (map, name);

  if (G_IS_SIMPLE_ACTION (action))
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
lock_down (DorsalKiosk *self)
{
  GtkWidget *widget = GTK_WIDGET (self->window);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self->window));

  /* Printing is the self-assessment's: its pane hides "Print" in a window
   * with the .kiosk class unless allow-printing is set. */
  for (guint i = 0; blocked_window_actions[i] != NULL; i++)
    gtk_widget_action_set_enabled (widget, blocked_window_actions[i], FALSE);
  hide_window_buttons (widget);

  if (app == NULL)
    return;

  for (guint i = 0; blocked_app_actions[i] != NULL; i++)
    {
      g_autofree char *detailed = g_strconcat ("app.", blocked_app_actions[i], NULL);
      static const char * const none[] = { NULL };

      set_action_enabled (G_ACTION_MAP (app), blocked_app_actions[i], FALSE);
      gtk_application_set_accels_for_action (app, detailed, none);
    }
}

static void
on_map (DorsalKiosk *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self->window));
  static const GtkApplicationInhibitFlags flags[] = {
    GTK_APPLICATION_INHIBIT_IDLE, GTK_APPLICATION_INHIBIT_SUSPEND
  };

  if (app == NULL)
    return;

  /* Keeps the screen on. One request each: the desktop portal refuses a
   * request that includes suspend, and would refuse idle with it (seen under
   * Cage). Where there is no session to ask, the kiosk runs anyway. */
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    if (self->inhibit_cookies[i] == 0)
      self->inhibit_cookies[i] = gtk_application_inhibit (app, GTK_WINDOW (self->window), flags[i],
                                                          _("A waiting-room kiosk is showing"));
}

static void
on_window_destroyed (gpointer  data,
                     GObject  *where_the_object_was)
{
  DorsalKiosk *self = data;

  self->window = NULL;
}

/**
 * dorsal_kiosk_attach:
 * @window: a window not yet shown
 * @settings: the app's settings (in a kiosk, from dorsal_kiosk_settings_new())
 *
 * Turns @window into a kiosk for as long as it lives: full screen from its
 * first frame, no way out, big touch targets, the attract screen, idle reset.
 *
 * Returns: (transfer none): the kiosk, owned by @window
 */
DorsalKiosk *
dorsal_kiosk_attach (DorsalWindow *window,
                     GSettings    *settings)
{
  DorsalKiosk *self;
  GtkEventController *legacy;

  g_return_val_if_fail (DORSAL_IS_WINDOW (window), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = dorsal_kiosk_get_for_window (GTK_WINDOW (window));
  if (self != NULL)
    return self;

  self = g_object_new (DORSAL_TYPE_KIOSK, NULL);
  self->window = window;
  self->settings = g_object_ref (settings);
  g_object_weak_ref (G_OBJECT (window), on_window_destroyed, self);
  g_object_set_data_full (G_OBJECT (window), "dorsal-kiosk", self, g_object_unref);

  gtk_widget_add_css_class (GTK_WIDGET (window), "kiosk");
  gtk_window_fullscreen (GTK_WINDOW (window));
  gtk_window_set_deletable (GTK_WINDOW (window), FALSE);
  g_signal_connect (window, "close-request", G_CALLBACK (on_close_request), NULL);
  g_signal_connect (window, "notify::fullscreened", G_CALLBACK (on_fullscreened), NULL);
  g_signal_connect_object (window, "map", G_CALLBACK (on_map), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window, "visitor-reset", G_CALLBACK (on_visitor_reset), self,
                           G_CONNECT_SWAPPED);
  lock_down (self);

  legacy = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (on_legacy_event), self);
  gtk_widget_add_controller (GTK_WIDGET (window), legacy);

  self->attract = build_attract (self);
  self->countdown = build_countdown (self);
  dorsal_window_add_overlay (window, self->attract);
  dorsal_window_add_overlay (window, self->countdown);

  self->last_input = g_get_monotonic_time ();
  show_attract (self);

  return self;
}

static void
dorsal_kiosk_dispose (GObject *object)
{
  DorsalKiosk *self = DORSAL_KIOSK (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  g_clear_handle_id (&self->attract_id, g_source_remove);

  if (self->window != NULL)
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self->window));

      for (guint i = 0; i < G_N_ELEMENTS (self->inhibit_cookies); i++)
        if (app != NULL && self->inhibit_cookies[i] != 0)
          gtk_application_uninhibit (app, self->inhibit_cookies[i]);
      g_object_weak_unref (G_OBJECT (self->window), on_window_destroyed, self);
      self->window = NULL;
    }
  memset (self->inhibit_cookies, 0, sizeof self->inhibit_cookies);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dorsal_kiosk_parent_class)->dispose (object);
}

static void
dorsal_kiosk_class_init (DorsalKioskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dorsal_kiosk_dispose;

  /**
   * DorsalKiosk::reset:
   *
   * Emitted when a visit has been wiped, before the attract screen returns.
   */
  signals[RESET] =
    g_signal_new ("reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dorsal_kiosk_init (DorsalKiosk *self)
{
  self->countdown_seconds = DEFAULT_COUNTDOWN_SECONDS;
  self->attract_seconds = DEFAULT_ATTRACT_SECONDS;
}
