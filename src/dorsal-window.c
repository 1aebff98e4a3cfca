/* dorsal-window.c: the main window, which wires the drawing, the content and the self-assessment together
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-window.h"

#include <glib/gi18n.h>

#include "dorsal-application.h"
#include "dorsal-assessment-pane.h"
#include "dorsal-content-pane.h"
#include "dorsal-resources.h"

struct _DorsalWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;

  /* template children */
  GtkOverlay         *overlay;
  AdwFlap            *flap;
  AdwLeaflet         *leaflet;
  GtkWidget          *diagram_area;
  GtkWidget          *content_area;
  GtkWidget          *assessment_area;
  GtkWidget          *back_button;
  GtkToggleButton    *assessment_button;
};

G_DEFINE_FINAL_TYPE (DorsalWindow, dorsal_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_ASSESSMENT_OPEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  VISITOR_RESET,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

DorsalWindow *
dorsal_window_new (DorsalApplication *application)
{
  return g_object_new (DORSAL_TYPE_WINDOW, "application", application, NULL);
}

/**
 * dorsal_window_get_diagram_area:
 *
 * Returns: (transfer none): the area that holds the drawing
 */
GtkWidget *
dorsal_window_get_diagram_area (DorsalWindow *self)
{
  g_return_val_if_fail (DORSAL_IS_WINDOW (self), NULL);
  return self->diagram_area;
}

/**
 * dorsal_window_get_content_area:
 *
 * Returns: (transfer none): the area that holds the content pane
 */
GtkWidget *
dorsal_window_get_content_area (DorsalWindow *self)
{
  g_return_val_if_fail (DORSAL_IS_WINDOW (self), NULL);
  return self->content_area;
}

/**
 * dorsal_window_get_assessment_area:
 *
 * Returns: (transfer none): the side pane that holds the self-assessment
 */
GtkWidget *
dorsal_window_get_assessment_area (DorsalWindow *self)
{
  g_return_val_if_fail (DORSAL_IS_WINDOW (self), NULL);
  return self->assessment_area;
}

gboolean
dorsal_window_get_assessment_open (DorsalWindow *self)
{
  g_return_val_if_fail (DORSAL_IS_WINDOW (self), FALSE);

  /* the template children are gone once the window is disposed */
  return self->flap != NULL && adw_flap_get_reveal_flap (self->flap);
}

void
dorsal_window_set_assessment_open (DorsalWindow *self,
                                   gboolean      open)
{
  g_return_if_fail (DORSAL_IS_WINDOW (self));

  open = !!open;
  if (self->flap == NULL || open == adw_flap_get_reveal_flap (self->flap))
    return;

  adw_flap_set_reveal_flap (self->flap, open);
}

/**
 * dorsal_window_add_overlay:
 * @widget: a widget to show above everything else (attract screen, countdown, tour bar)
 */
void
dorsal_window_add_overlay (DorsalWindow *self,
                           GtkWidget    *widget)
{
  g_return_if_fail (DORSAL_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_overlay_add_overlay (self->overlay, widget);
}

void
dorsal_window_remove_overlay (DorsalWindow *self,
                              GtkWidget    *widget)
{
  g_return_if_fail (DORSAL_IS_WINDOW (self));
  g_return_if_fail (GTK_IS_WIDGET (widget));

  gtk_overlay_remove_overlay (self->overlay, widget);
}

/**
 * dorsal_window_reset_visitor:
 *
 * Forgets everything one visitor did (answers, history, search, selection,
 * zoom, layers, reading level) so the next one starts fresh. Each pane resets
 * its own state; listeners to #DorsalWindow::visitor-reset reset theirs.
 */
void
dorsal_window_reset_visitor (DorsalWindow *self)
{
  g_return_if_fail (DORSAL_IS_WINDOW (self));

  dorsal_window_set_assessment_open (self, FALSE);
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_parent (self->diagram_area));

  g_signal_emit (self, signals[VISITOR_RESET], 0);
}

static void
reset_visitor_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  dorsal_window_reset_visitor (DORSAL_WINDOW (widget));
}

static void
on_flap_reveal_changed (DorsalWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ASSESSMENT_OPEN]);
}

static void
update_back_button (DorsalWindow *self)
{
  gboolean show;

  if (self->leaflet == NULL || self->back_button == NULL)
    return;

  show = adw_leaflet_get_folded (self->leaflet) &&
         adw_leaflet_get_visible_child (self->leaflet) != gtk_widget_get_parent (self->diagram_area);
  gtk_widget_set_visible (self->back_button, show);
}

static void
toggle_fullscreen_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  GtkWindow *window = GTK_WINDOW (widget);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
toggle_assessment_activated (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  DorsalWindow *self = DORSAL_WINDOW (widget);

  dorsal_window_set_assessment_open (self, !dorsal_window_get_assessment_open (self));
}

static void
go_back_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DorsalWindow *self = DORSAL_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
dorsal_window_constructed (GObject *object)
{
  DorsalWindow *self = DORSAL_WINDOW (object);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  G_OBJECT_CLASS (dorsal_window_parent_class)->constructed (object);

  if (DORSAL_IS_APPLICATION (app))
    self->settings = g_object_ref (dorsal_application_get_settings (DORSAL_APPLICATION (app)));
  else
    self->settings = g_settings_new (APP_ID);

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

static void
dorsal_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DorsalWindow *self = DORSAL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT_OPEN:
      g_value_set_boolean (value, dorsal_window_get_assessment_open (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DorsalWindow *self = DORSAL_WINDOW (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT_OPEN:
      dorsal_window_set_assessment_open (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_window_dispose (GObject *object)
{
  DorsalWindow *self = DORSAL_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DORSAL_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dorsal_window_parent_class)->dispose (object);
}

static void
dorsal_window_class_init (DorsalWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dorsal_window_constructed;
  object_class->dispose = dorsal_window_dispose;
  object_class->get_property = dorsal_window_get_property;
  object_class->set_property = dorsal_window_set_property;

  properties[PROP_ASSESSMENT_OPEN] =
    g_param_spec_boolean ("assessment-open", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DorsalWindow::visitor-reset:
   *
   * Emitted when one visitor's traces are wiped, after the window's own.
   */
  signals[VISITOR_RESET] =
    g_signal_new ("visitor-reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/dorsal-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DorsalWindow, overlay);
  gtk_widget_class_bind_template_child (widget_class, DorsalWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, DorsalWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, DorsalWindow, diagram_area);
  gtk_widget_class_bind_template_child (widget_class, DorsalWindow, content_area);
  gtk_widget_class_bind_template_child (widget_class, DorsalWindow, assessment_area);
  gtk_widget_class_bind_template_child (widget_class, DorsalWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalWindow, assessment_button);
  gtk_widget_class_bind_template_callback (widget_class, on_flap_reveal_changed);
  gtk_widget_class_bind_template_callback (widget_class, update_back_button);

  gtk_widget_class_install_action (widget_class, "win.toggle-fullscreen", NULL, toggle_fullscreen_activated);
  gtk_widget_class_install_action (widget_class, "win.toggle-assessment", NULL, toggle_assessment_activated);
  gtk_widget_class_install_action (widget_class, "win.go-back", NULL, go_back_activated);
  gtk_widget_class_install_action (widget_class, "win.reset-visitor", NULL, reset_visitor_activated);
  gtk_widget_class_install_property_action (widget_class, "win.assessment-open", "assessment-open");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.toggle-fullscreen", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-assessment", NULL);
}

/* The content pane (src/atlas): the atlas, or the error that kept it from
 * loading, shown in the content area; typing anywhere starts its search;
 * a visitor reset empties its history and search. */
static void
setup_content_pane (DorsalWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_load_default (&error);
  GtkWidget *pane = dorsal_content_pane_new ();

  if (atlas != NULL)
    dorsal_content_pane_set_atlas (DORSAL_CONTENT_PANE (pane), atlas);
  else
    dorsal_content_pane_set_error (DORSAL_CONTENT_PANE (pane), error);

  dorsal_content_pane_set_key_capture_widget (DORSAL_CONTENT_PANE (pane), GTK_WIDGET (self));
  g_signal_connect_object (self, "visitor-reset", G_CALLBACK (dorsal_content_pane_reset), pane,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (ADW_BIN (self->content_area), pane);
}

/* The self-assessment (src/assessment) in the side flap, or the error that
 * kept its data from loading; a visitor reset wipes its answers. */
static void
setup_assessment_pane (DorsalWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTriage) triage = dorsal_triage_new_default (&error);
  GtkWidget *pane;

  if (triage == NULL)
    {
      pane = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (pane), "dialog-error-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (pane), _("The Self-Assessment Could Not Load"));
      adw_status_page_set_description (ADW_STATUS_PAGE (pane), error->message);
      adw_bin_set_child (ADW_BIN (self->assessment_area), pane);
      return;
    }

  pane = dorsal_assessment_pane_new (triage);
  /* the flap takes its natural width only while nothing in it expands */
  gtk_widget_set_hexpand (gtk_widget_get_parent (self->assessment_area), FALSE);
  g_signal_connect_object (self, "visitor-reset", G_CALLBACK (dorsal_assessment_pane_reset), pane,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (ADW_BIN (self->assessment_area), pane);
}

static void
dorsal_window_init (DorsalWindow *self)
{
  dorsal_resources_register ();
  gtk_widget_init_template (GTK_WIDGET (self));
  update_back_button (self);
  setup_content_pane (self);
  setup_assessment_pane (self);
}
