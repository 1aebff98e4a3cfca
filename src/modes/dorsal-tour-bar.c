/* dorsal-tour-bar.c: the classroom tour on screen: one step's title and paragraph, the counter and the buttons
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-tour-bar.h"

#include <glib/gi18n.h>

#include "dorsal-modes-diagram.h"

struct _DorsalTourBar
{
  GtkWidget parent_instance;

  DorsalTour *tour;
  GtkWidget  *view;      /* weak: the drawing the steps are shown on */

  GtkWidget  *title;
  GtkWidget  *text;
  GtkWidget  *counter;
  GtkWidget  *previous;
  GtkWidget  *next;
};

G_DEFINE_FINAL_TYPE (DorsalTourBar, dorsal_tour_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TOUR,
  PROP_DIAGRAM_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GtkWidget *
dorsal_tour_bar_new (DorsalTour *tour)
{
  g_return_val_if_fail (DORSAL_IS_TOUR (tour), NULL);

  return g_object_new (DORSAL_TYPE_TOUR_BAR, "tour", tour, NULL);
}

/* Shows the current step: its words here, its view and structures on the drawing. */
static void
update (DorsalTourBar *self)
{
  guint position, n;
  g_autofree char *counter = NULL;

  if (self->tour == NULL || dorsal_tour_get_n_steps (self->tour) == 0)
    return;

  position = dorsal_tour_get_position (self->tour);
  n = dorsal_tour_get_n_steps (self->tour);

  gtk_label_set_label (GTK_LABEL (self->title), dorsal_tour_get_step_title (self->tour, position));
  gtk_label_set_label (GTK_LABEL (self->text), dorsal_tour_get_step_text (self->tour, position));
  /* TRANSLATORS: the tour's step counter, e.g. "Step 3 of 12" */
  counter = g_strdup_printf (_("Step %u of %u"), position + 1, n);
  gtk_label_set_label (GTK_LABEL (self->counter), counter);
  gtk_widget_set_sensitive (self->previous, position > 0);
  gtk_widget_set_sensitive (self->next, position + 1 < n);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, dorsal_tour_get_step_title (self->tour, position),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, dorsal_tour_get_step_text (self->tour, position),
                                  -1);

  _dorsal_modes_diagram_show_ids (self->view,
                                  dorsal_tour_get_step_view (self->tour, position),
                                  dorsal_tour_get_step_ids (self->tour, position));
}

DorsalTour *
dorsal_tour_bar_get_tour (DorsalTourBar *self)
{
  g_return_val_if_fail (DORSAL_IS_TOUR_BAR (self), NULL);

  return self->tour;
}

/**
 * dorsal_tour_bar_get_diagram_view:
 *
 * Returns: (transfer none) (nullable): the drawing the steps are shown on
 */
GtkWidget *
dorsal_tour_bar_get_diagram_view (DorsalTourBar *self)
{
  g_return_val_if_fail (DORSAL_IS_TOUR_BAR (self), NULL);

  return self->view;
}

void
dorsal_tour_bar_set_diagram_view (DorsalTourBar *self,
                                  GtkWidget     *view)
{
  g_return_if_fail (DORSAL_IS_TOUR_BAR (self));
  g_return_if_fail (view == NULL || GTK_IS_WIDGET (view));

  if (self->view == view)
    return;

  if (self->view != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
  self->view = view;
  if (self->view != NULL)
    g_object_add_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIAGRAM_VIEW]);
}

/* "Step 3 of 12" */
const char *
dorsal_tour_bar_get_counter_text (DorsalTourBar *self)
{
  g_return_val_if_fail (DORSAL_IS_TOUR_BAR (self), NULL);

  return gtk_label_get_label (GTK_LABEL (self->counter));
}

/**
 * dorsal_tour_bar_handle_key:
 *
 * The tour's keys: Page Down, Right, Down and space (and a presentation
 * clicker, which sends Page Down/Up) go on; Page Up, Left, Up and
 * Shift+space go back; Home and End jump to the first and last step.
 *
 * Returns: whether the key was the tour's
 */
gboolean
dorsal_tour_bar_handle_key (DorsalTourBar   *self,
                            guint            keyval,
                            GdkModifierType  state)
{
  GdkModifierType mods;

  g_return_val_if_fail (DORSAL_IS_TOUR_BAR (self), FALSE);

  mods = state & gtk_accelerator_get_default_mod_mask ();
  if ((mods & ~GDK_SHIFT_MASK) != 0 || self->tour == NULL)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      dorsal_tour_next (self->tour);
      return TRUE;

    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (mods & GDK_SHIFT_MASK)
        dorsal_tour_previous (self->tour);
      else
        dorsal_tour_next (self->tour);
      return TRUE;

    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      dorsal_tour_previous (self->tour);
      return TRUE;

    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      dorsal_tour_set_position (self->tour, 0);
      return TRUE;

    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      dorsal_tour_set_position (self->tour, dorsal_tour_get_n_steps (self->tour) - 1);
      return TRUE;

    default:
      return FALSE;
    }
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DorsalTourBar         *self)
{
  return dorsal_tour_bar_handle_key (self, keyval, state);
}

static void
on_previous_clicked (DorsalTourBar *self)
{
  dorsal_tour_previous (self->tour);
}

static void
on_next_clicked (DorsalTourBar *self)
{
  dorsal_tour_next (self->tour);
}

static void
on_close_clicked (DorsalTourBar *self)
{
  g_signal_emit (self, signals[CLOSED], 0);
}

static void
set_tour (DorsalTourBar *self,
          DorsalTour    *tour)
{
  g_assert (self->tour == NULL);

  self->tour = g_object_ref (tour);
  g_signal_connect_object (tour, "notify::position", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
}

static void
dorsal_tour_bar_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DorsalTourBar *self = DORSAL_TOUR_BAR (object);

  switch (prop_id)
    {
    case PROP_TOUR:
      g_value_set_object (value, self->tour);
      break;

    case PROP_DIAGRAM_VIEW:
      g_value_set_object (value, self->view);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_tour_bar_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DorsalTourBar *self = DORSAL_TOUR_BAR (object);

  switch (prop_id)
    {
    case PROP_TOUR:
      set_tour (self, g_value_get_object (value));
      break;

    case PROP_DIAGRAM_VIEW:
      dorsal_tour_bar_set_diagram_view (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_tour_bar_dispose (GObject *object)
{
  DorsalTourBar *self = DORSAL_TOUR_BAR (object);
  GtkWidget *child;

  dorsal_tour_bar_set_diagram_view (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->tour);

  G_OBJECT_CLASS (dorsal_tour_bar_parent_class)->dispose (object);
}

static void
dorsal_tour_bar_class_init (DorsalTourBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dorsal_tour_bar_dispose;
  object_class->get_property = dorsal_tour_bar_get_property;
  object_class->set_property = dorsal_tour_bar_set_property;

  properties[PROP_TOUR] =
    g_param_spec_object ("tour", NULL, NULL, DORSAL_TYPE_TOUR,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIAGRAM_VIEW] =
    g_param_spec_object ("diagram-view", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DorsalTourBar::closed:
   *
   * The teacher closed the tour.
   */
  signals[CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dorsaltourbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkWidget *
icon_button (const char *icon,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "circular");
  return button;
}

static void
dorsal_tour_bar_init (DorsalTourBar *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkWidget *words = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *close;
  GtkEventController *keys;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (widget)),
                                  GTK_ORIENTATION_HORIZONTAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (widget)), 18);
  gtk_widget_add_css_class (widget, "card");
  gtk_widget_add_css_class (widget, "dorsal-tour-bar");

  self->previous = icon_button ("go-previous-symbolic", _("Previous Step"));
  self->next = icon_button ("go-next-symbolic", _("Next Step"));
  gtk_widget_add_css_class (self->next, "suggested-action");
  close = icon_button ("window-close-symbolic", _("End the Tour"));
  gtk_widget_add_css_class (close, "flat");

  self->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_widget_add_css_class (self->title, "dorsal-tour-title");
  self->text = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->text), 0);
  gtk_label_set_wrap (GTK_LABEL (self->text), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (self->text), 36);
  self->counter = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->counter), 0);
  gtk_widget_add_css_class (self->counter, "dim-label");
  gtk_widget_add_css_class (self->counter, "numeric");
  gtk_widget_set_hexpand (words, TRUE);

  gtk_box_append (GTK_BOX (words), self->counter);
  gtk_box_append (GTK_BOX (words), self->title);
  gtk_box_append (GTK_BOX (words), self->text);

  gtk_widget_set_parent (self->previous, widget);
  gtk_widget_set_parent (words, widget);
  gtk_widget_set_parent (self->next, widget);
  gtk_widget_set_parent (close, widget);

  g_signal_connect_swapped (self->previous, "clicked", G_CALLBACK (on_previous_clicked), self);
  g_signal_connect_swapped (self->next, "clicked", G_CALLBACK (on_next_clicked), self);
  g_signal_connect_swapped (close, "clicked", G_CALLBACK (on_close_clicked), self);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (widget, keys);
}
