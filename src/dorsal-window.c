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
#include "dorsal-atlas.h"
#include "dorsal-content-pane.h"
#include "dorsal-diagram-pane.h"
#include "dorsal-diagram-view.h"
#include "dorsal-referred-panel.h"
#include "dorsal-resources.h"

struct _DorsalWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  DorsalAtlas *atlas;
  DorsalReferred *referred;

  /* the panes, owned by their areas */
  DorsalDiagramView    *diagram_view;
  DorsalContentPane    *content_pane;
  DorsalAssessmentPane *assessment_pane;
  DorsalReferredPanel  *referred_panel;
  GtkStack             *content_stack;
  GtkWidget            *pick_done_button;

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
  PROP_REFERRED_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void show_referred_panel (DorsalWindow *self,
                                 gboolean      show);
static void light_organ_areas   (DorsalWindow *self,
                                 const char   *organ_id);

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

/**
 * dorsal_window_get_diagram_view:
 *
 * Returns: (transfer none) (nullable): the #DorsalDiagramView
 */
gpointer
dorsal_window_get_diagram_view (DorsalWindow *self)
{
  g_return_val_if_fail (DORSAL_IS_WINDOW (self), NULL);
  return self->diagram_view;
}

/**
 * dorsal_window_get_content_pane:
 *
 * Returns: (transfer none) (nullable): the #DorsalContentPane
 */
gpointer
dorsal_window_get_content_pane (DorsalWindow *self)
{
  g_return_val_if_fail (DORSAL_IS_WINDOW (self), NULL);
  return self->content_pane;
}

/**
 * dorsal_window_get_assessment_pane:
 *
 * Returns: (transfer none) (nullable): the #DorsalAssessmentPane, or %NULL when its data failed to load
 */
gpointer
dorsal_window_get_assessment_pane (DorsalWindow *self)
{
  g_return_val_if_fail (DORSAL_IS_WINDOW (self), NULL);
  return self->assessment_pane;
}

/**
 * dorsal_window_get_referred_panel:
 *
 * Returns: (transfer none) (nullable): the #DorsalReferredPanel
 */
gpointer
dorsal_window_get_referred_panel (DorsalWindow *self)
{
  g_return_val_if_fail (DORSAL_IS_WINDOW (self), NULL);
  return self->referred_panel;
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

/**
 * dorsal_window_set_bottom_reserve:
 * @height: pixels to keep free at the bottom of the window, or 0
 *
 * Keeps a strip at the bottom of the window clear of the drawing and the
 * content, for a bar laid over it (the classroom's buttons), so the bar hides
 * no label and no text.
 */
void
dorsal_window_set_bottom_reserve (DorsalWindow *self,
                                  int           height)
{
  GtkWidget *main_child;

  g_return_if_fail (DORSAL_IS_WINDOW (self));

  main_child = gtk_overlay_get_child (self->overlay);
  if (main_child != NULL)
    gtk_widget_set_margin_bottom (main_child, MAX (0, height));
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
  show_referred_panel (self, FALSE);
  gtk_widget_set_visible (self->pick_done_button, FALSE);
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
  if (self->diagram_view != NULL)
    g_settings_bind (self->settings, "show-labels", self->diagram_view, "show-labels",
                     G_SETTINGS_BIND_DEFAULT);
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

    case PROP_REFERRED_MODE:
      g_value_set_boolean (value, self->diagram_view != NULL &&
                                  dorsal_diagram_view_get_referred_mode (self->diagram_view));
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

    case PROP_REFERRED_MODE:
      if (self->diagram_view != NULL)
        dorsal_diagram_view_set_referred_mode (self->diagram_view, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_window_dispose (GObject *object)
{
  DorsalWindow *self = DORSAL_WINDOW (object);

  if (self->diagram_view != NULL)
    dorsal_diagram_view_set_name_func (self->diagram_view, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), DORSAL_TYPE_WINDOW);
  self->diagram_view = NULL;
  self->content_pane = NULL;
  self->assessment_pane = NULL;
  self->referred_panel = NULL;
  self->content_stack = NULL;
  g_clear_object (&self->settings);
  g_clear_object (&self->atlas);
  g_clear_object (&self->referred);

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
  /* the drawing's referred-pain mode, as a window property so the menu can toggle it */
  properties[PROP_REFERRED_MODE] =
    g_param_spec_boolean ("referred-mode", NULL, NULL, FALSE,
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
  gtk_widget_class_install_property_action (widget_class, "win.referred-mode", "referred-mode");

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
  GtkWidget *pane = dorsal_content_pane_new ();

  self->atlas = dorsal_atlas_load_default (&error);
  self->content_pane = DORSAL_CONTENT_PANE (pane);
  if (self->atlas != NULL)
    dorsal_content_pane_set_atlas (DORSAL_CONTENT_PANE (pane), self->atlas);
  else
    dorsal_content_pane_set_error (DORSAL_CONTENT_PANE (pane), error);

  dorsal_content_pane_set_key_capture_widget (DORSAL_CONTENT_PANE (pane), GTK_WIDGET (self));
  g_signal_connect_object (self, "visitor-reset", G_CALLBACK (dorsal_content_pane_reset), pane,
                           G_CONNECT_SWAPPED);

  /* the content area holds the topic and, in referred-pain mode, the
   * referred-pain panel; built before the pane goes in, since moving a pane
   * later leaves its buttons' action states behind */
  self->content_stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->content_stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_stack_add_named (self->content_stack, pane, "topic");
  adw_bin_set_child (ADW_BIN (self->content_area), GTK_WIDGET (self->content_stack));
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
      /* the description is Pango markup; libxml2's messages hold '<' and '&' */
      g_autofree char *description = g_markup_escape_text (error->message, -1);

      pane = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (pane), "dialog-error-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (pane), _("The Self-Assessment Could Not Load"));
      adw_status_page_set_description (ADW_STATUS_PAGE (pane), description);
      adw_bin_set_child (ADW_BIN (self->assessment_area), pane);
      return;
    }

  pane = dorsal_assessment_pane_new (triage);
  self->assessment_pane = DORSAL_ASSESSMENT_PANE (pane);
  /* the flap takes its natural width only while nothing in it expands */
  gtk_widget_set_hexpand (gtk_widget_get_parent (self->assessment_area), FALSE);
  g_signal_connect_object (self, "visitor-reset", G_CALLBACK (dorsal_assessment_pane_reset), pane,
                           G_CONNECT_SWAPPED);
  adw_bin_set_child (ADW_BIN (self->assessment_area), pane);
}

/* The part of an id that tells one member of a group from the others:
 * "disc-t6-t7" → "T6–T7", "costal-cartilage-left-3" → "left, 3". */
static char *
member_suffix (const char *svg_id)
{
  g_auto(GStrv) parts = g_strsplit (svg_id, "-", -1);
  g_autoptr(GPtrArray) levels = g_ptr_array_new_with_free_func (g_free);
  const char *side = NULL;
  const char *number = NULL;
  GString *out = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      const char *p = parts[i];

      if ((p[0] == 't' || p[0] == 'c' || p[0] == 'l') && g_ascii_isdigit (p[1]))
        g_ptr_array_add (levels, g_ascii_strup (p, -1));
      else if (g_str_equal (p, "left"))
        /* Translators: the side of the body a part of the drawing is on, after its name,
         * as in "Costal cartilage (left, 3)" */
        side = C_("side of the body", "left");
      else if (g_str_equal (p, "right"))
        /* Translators: the side of the body a part of the drawing is on, after its name */
        side = C_("side of the body", "right");
      else if (g_ascii_isdigit (p[0]))
        number = p;
    }

  for (guint i = 0; i < levels->len; i++)
    {
      if (i > 0)
        g_string_append (out, "–");
      g_string_append (out, g_ptr_array_index (levels, i));
    }
  if (side != NULL)
    g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", side);
  if (number != NULL)
    g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", number);

  return g_string_free (out, out->len == 0);
}

/* Names for the drawing come from the atlas, so they translate: a structure's
 * own topic gives its title ("Rib 7, left, true rib"); a member of a group
 * topic gets the group's name and what sets it apart ("Intervertebral discs
 * (T6–T7)"). */
static char *
diagram_name_func (const char *id,
                   gboolean    short_label,
                   gpointer    user_data)
{
  DorsalWindow *self = user_data;
  DorsalTopic *topic;
  g_autofree char *suffix = NULL;
  const char *name;

  /* a spot where organ pain is felt is named for the spot, not an organ */
  if (g_str_has_prefix (id, "referred-") && (name = dorsal_referred_area_get_name (id)) != NULL)
    return g_strdup (name);

  if (self->atlas == NULL || (topic = dorsal_atlas_topic_for_svg_id (self->atlas, id)) == NULL)
    return NULL;

  name = short_label ? dorsal_topic_get_label (topic) : dorsal_topic_get_title (topic);
  if (g_str_equal (dorsal_topic_get_id (topic), id) || (suffix = member_suffix (id)) == NULL)
    return g_strdup (name);

  return g_strdup_printf ("%s (%s)", name, suffix);
}

static void
show_content_page (DorsalWindow *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_parent (self->content_area));
}

static void
show_diagram_page (DorsalWindow *self)
{
  if (adw_leaflet_get_folded (self->leaflet))
    adw_leaflet_set_visible_child (self->leaflet, gtk_widget_get_parent (self->diagram_area));
}

static void
on_structure_activated (DorsalWindow *self,
                        const char   *id)
{
  DorsalTopic *topic;

  if (self->atlas == NULL || self->content_pane == NULL)
    return;

  if (self->referred_panel != NULL && dorsal_diagram_view_get_referred_mode (self->diagram_view) &&
      dorsal_referred_panel_show_organ (self->referred_panel, id))
    {
      light_organ_areas (self, id);
      show_referred_panel (self, TRUE);
      return;
    }

  topic = dorsal_atlas_topic_for_svg_id (self->atlas, id);
  if (topic == NULL)
    return;

  show_referred_panel (self, FALSE);
  dorsal_content_pane_show_topic (self->content_pane, dorsal_topic_get_id (topic));
  show_content_page (self);
}

static void
show_topic_anatomy (DorsalWindow *self,
                    const char   *topic_id)
{
  DorsalTopic *topic;

  if (self->atlas == NULL || self->diagram_view == NULL)
    return;

  topic = dorsal_atlas_get_topic (self->atlas, topic_id);
  if (topic == NULL || dorsal_topic_get_n_shows (topic) == 0)
    return;

  dorsal_diagram_view_show_ids (self->diagram_view,
                                dorsal_topic_get_show_view (topic, 0),
                                dorsal_topic_get_show_ids (topic, 0));
  show_diagram_page (self);
}

static void
on_show_structures (DorsalWindow *self,
                    const char   *view,
                    GStrv         ids)
{
  if (self->diagram_view == NULL)
    return;

  dorsal_diagram_view_show_ids (self->diagram_view, view, (const char * const *) ids);
  show_diagram_page (self);
}

/* A structure's own page selects it on the drawing, so the two always agree. */
static void
on_topic_changed (DorsalWindow *self,
                  const char   *topic_id)
{
  if (self->diagram_view == NULL || self->atlas == NULL || topic_id == NULL)
    return;

  if (dorsal_atlas_topic_for_svg_id (self->atlas, topic_id) ==
      dorsal_atlas_get_topic (self->atlas, topic_id))
    dorsal_diagram_view_set_selected (self->diagram_view, topic_id);
}

static void
on_topic_requested (DorsalWindow *self,
                    const char   *topic_id)
{
  if (self->content_pane == NULL)
    return;

  dorsal_content_pane_show_topic (self->content_pane, topic_id);
  show_content_page (self);
}

/* Pain zones are picked on the drawing: the pane asks, the drawing shows the
 * body map, and the picked set is kept the same on both sides. */
static void
on_pick_zones_requested (DorsalWindow *self,
                         gboolean      active)
{
  if (self->diagram_view == NULL)
    return;

  if (active)
    dorsal_diagram_view_set_view (self->diagram_view, "posterior");
  dorsal_diagram_view_set_pick_mode (self->diagram_view, active);
  if (active)
    show_diagram_page (self);

  /* On a narrow window the questions cover the drawing: step aside while
   * the person picks, with one big button to come back. */
  if (active && adw_flap_get_folded (self->flap) && adw_flap_get_reveal_flap (self->flap))
    {
      adw_flap_set_reveal_flap (self->flap, FALSE);
      gtk_widget_set_visible (self->pick_done_button, TRUE);
      gtk_widget_grab_focus (self->pick_done_button);
    }
  else if (!active)
    gtk_widget_set_visible (self->pick_done_button, FALSE);
}

static void
on_pick_done_clicked (DorsalWindow *self)
{
  gtk_widget_set_visible (self->pick_done_button, FALSE);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
setup_pick_done_button (DorsalWindow *self)
{
  self->pick_done_button = gtk_button_new_with_mnemonic (_("_Done: Back to the Questions"));
  gtk_widget_add_css_class (self->pick_done_button, "pill");
  gtk_widget_add_css_class (self->pick_done_button, "suggested-action");
  gtk_widget_set_halign (self->pick_done_button, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->pick_done_button, GTK_ALIGN_END);
  gtk_widget_set_margin_bottom (self->pick_done_button, 24);
  gtk_widget_set_visible (self->pick_done_button, FALSE);
  g_signal_connect_swapped (self->pick_done_button, "clicked", G_CALLBACK (on_pick_done_clicked), self);
  gtk_overlay_add_overlay (self->overlay, self->pick_done_button);
}

static void
setup_diagram_pane (DorsalWindow *self)
{
  GtkWidget *pane = dorsal_diagram_pane_new ();

  self->diagram_view = dorsal_diagram_pane_get_view (DORSAL_DIAGRAM_PANE (pane));
  dorsal_diagram_view_set_name_func (self->diagram_view, diagram_name_func, self, NULL);
  g_signal_connect_object (self->diagram_view, "structure-activated",
                           G_CALLBACK (on_structure_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self, "visitor-reset", G_CALLBACK (dorsal_diagram_view_reset),
                           self->diagram_view, G_CONNECT_SWAPPED);
  adw_bin_set_child (ADW_BIN (self->diagram_area), pane);
}

static void
connect_panes (DorsalWindow *self)
{
  if (self->content_pane != NULL)
    {
      g_signal_connect_object (self->content_pane, "show-structures",
                               G_CALLBACK (on_show_structures), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->content_pane, "topic-changed",
                               G_CALLBACK (on_topic_changed), self, G_CONNECT_SWAPPED);
    }

  if (self->assessment_pane != NULL && self->diagram_view != NULL)
    {
      g_signal_connect_object (self->assessment_pane, "topic-requested",
                               G_CALLBACK (on_topic_requested), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->assessment_pane, "show-topic-anatomy",
                               G_CALLBACK (show_topic_anatomy), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->assessment_pane, "pick-zones-requested",
                               G_CALLBACK (on_pick_zones_requested), self, G_CONNECT_SWAPPED);
      g_object_bind_property (self->assessment_pane, "picked-zones",
                              self->diagram_view, "picked-zones",
                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
    }
}

/* Referred pain: in the drawing's referred-pain mode, the content area shows
 * the organs that can send pain to a tapped spot, or where a chosen organ's
 * pain is felt; a vertebra's page gains when pain at its level needs a
 * doctor, from the same data. */
static const char *
spinal_level_note (const char  *topic_id,
                   const char **heading,
                   gpointer     user_data)
{
  DorsalWindow *self = user_data;

  if (self->referred == NULL || !g_str_has_prefix (topic_id, "vertebra-t"))
    return NULL;

  *heading = _("When Pain Here Needs a Doctor");
  return dorsal_referred_get_spinal_level_text (self->referred, topic_id);
}

static void
show_referred_panel (DorsalWindow *self,
                     gboolean      show)
{
  if (self->content_stack == NULL)
    return;

  gtk_stack_set_visible_child_name (self->content_stack, show ? "referred" : "topic");
  if (show)
    show_content_page (self);
}

/* Lights where an organ's pain is felt, in the view that shows most of it. */
static void
light_organ_areas (DorsalWindow *self,
                   const char   *organ_id)
{
  const DorsalReferredOrgan *organ = dorsal_referred_find_organ (self->referred, organ_id);
  const char *view = dorsal_diagram_view_get_view (self->diagram_view);
  const char * const *areas;

  if (organ == NULL)
    return;

  areas = dorsal_referred_organ_get_areas (organ, view);
  if (areas == NULL || areas[0] == NULL)
    {
      const char * const *front = dorsal_referred_organ_get_areas (organ, "anterior");

      view = front != NULL && front[0] != NULL ? "anterior" : "posterior";
      areas = dorsal_referred_organ_get_areas (organ, view);
    }
  dorsal_diagram_view_show_ids (self->diagram_view, view, areas);
}

static void
on_referred_area_activated (DorsalWindow *self,
                            const char   *area_id)
{
  if (self->referred_panel == NULL)
    return;

  dorsal_diagram_view_show_ids (self->diagram_view, NULL, (const char *[]) { area_id, NULL });
  if (dorsal_referred_panel_show_area (self->referred_panel, area_id))
    show_referred_panel (self, TRUE);
}

static void
on_organ_chosen (DorsalWindow *self,
                 const char   *organ_id)
{
  light_organ_areas (self, organ_id);
  show_diagram_page (self);
}

static void
on_referred_mode_changed (DorsalWindow *self)
{
  gboolean on = dorsal_diagram_view_get_referred_mode (self->diagram_view);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFERRED_MODE]);
  if (self->referred_panel == NULL)
    return;

  if (on)
    dorsal_referred_panel_show_intro (self->referred_panel);
  else
    dorsal_diagram_view_show_ids (self->diagram_view, NULL, NULL);
  show_referred_panel (self, on);
}

static void
on_referred_topic_requested (DorsalWindow *self,
                             const char   *topic_id)
{
  show_referred_panel (self, FALSE);
  on_topic_requested (self, topic_id);
}

static void
on_referred_closed (DorsalWindow *self)
{
  dorsal_diagram_view_set_referred_mode (self->diagram_view, FALSE);
  show_referred_panel (self, FALSE);
}

static void
setup_referred (DorsalWindow *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *panel;

  self->referred = dorsal_referred_new_default (&error);
  if (self->referred != NULL && self->content_pane != NULL)
    dorsal_content_pane_set_note_func (self->content_pane, spinal_level_note, self, NULL);

  panel = dorsal_referred_panel_new (self->referred,
                                     self->assessment_pane != NULL
                                       ? dorsal_assessment_pane_get_triage (self->assessment_pane)
                                       : NULL);
  self->referred_panel = DORSAL_REFERRED_PANEL (panel);
  if (self->referred == NULL)
    dorsal_referred_panel_set_error (self->referred_panel, error->message);
  gtk_stack_add_named (self->content_stack, panel, "referred");
  gtk_stack_set_visible_child_name (self->content_stack, "topic");

  g_signal_connect_object (panel, "organ-chosen", G_CALLBACK (on_organ_chosen), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "topic-requested", G_CALLBACK (on_referred_topic_requested), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (panel, "closed", G_CALLBACK (on_referred_closed), self,
                           G_CONNECT_SWAPPED);
  if (self->diagram_view != NULL)
    {
      g_signal_connect_object (self->diagram_view, "referred-area-activated",
                               G_CALLBACK (on_referred_area_activated), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->diagram_view, "notify::referred-mode",
                               G_CALLBACK (on_referred_mode_changed), self, G_CONNECT_SWAPPED);
    }
}

static void
dorsal_window_init (DorsalWindow *self)
{
  dorsal_resources_register ();
  gtk_widget_init_template (GTK_WIDGET (self));
  update_back_button (self);
  setup_content_pane (self);
  setup_assessment_pane (self);
  setup_diagram_pane (self);
  setup_pick_done_button (self);
  connect_panes (self);
  setup_referred (self);
}
