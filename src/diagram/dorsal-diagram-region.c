/* dorsal-diagram-region.c: one structure of the drawing as a focusable, named child widget
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-diagram-region.h"

/*
 * GTK 4.8 has no accessible objects that are not widgets, so each structure
 * a screen reader must reach is a real child widget: focusable, placed over
 * the structure's box, drawing nothing (the view draws the focus ring and
 * the highlights), and never the target of pointer events (the view picks
 * from its hit map). It is a button to assistive technology, with a pressed
 * state when it is a toggle (body-map zones) and a selected state otherwise,
 * and an "activate" action AT-SPI can call.
 */

struct _DorsalDiagramRegion
{
  GtkWidget  parent_instance;

  char      *id;
  char      *label;
  gboolean   is_toggle;
  gboolean   active;
};

G_DEFINE_FINAL_TYPE (DorsalDiagramRegion, dorsal_diagram_region, GTK_TYPE_WIDGET)

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
update_state (DorsalDiagramRegion *self)
{
  if (self->is_toggle)
    gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                                 GTK_ACCESSIBLE_STATE_PRESSED,
                                 self->active ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                              : GTK_ACCESSIBLE_TRISTATE_FALSE,
                                 -1);
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_PRESSED);

  gtk_accessible_update_state (GTK_ACCESSIBLE (self),
                               GTK_ACCESSIBLE_STATE_SELECTED, self->active,
                               -1);

  if (self->active)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_SELECTED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_SELECTED);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  g_signal_emit (widget, signals[ACTIVATE], 0);
}

static void
dorsal_diagram_region_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  *minimum = *natural = 0;
}

static void
dorsal_diagram_region_finalize (GObject *object)
{
  DorsalDiagramRegion *self = DORSAL_DIAGRAM_REGION (object);

  g_free (self->id);
  g_free (self->label);

  G_OBJECT_CLASS (dorsal_diagram_region_parent_class)->finalize (object);
}

static void
dorsal_diagram_region_class_init (DorsalDiagramRegionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = dorsal_diagram_region_finalize;
  widget_class->measure = dorsal_diagram_region_measure;

  /**
   * DorsalDiagramRegion::activate:
   *
   * Emitted when assistive technology activates the region.
   */
  signals[ACTIVATE] =
    g_signal_new ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "region.activate", NULL, activate_action);
  gtk_widget_class_set_css_name (widget_class, "diagram-region");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
dorsal_diagram_region_init (DorsalDiagramRegion *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_can_target (GTK_WIDGET (self), FALSE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
}

GtkWidget *
dorsal_diagram_region_new (const char *id)
{
  DorsalDiagramRegion *self;

  g_return_val_if_fail (id != NULL, NULL);

  self = g_object_new (DORSAL_TYPE_DIAGRAM_REGION, NULL);
  self->id = g_strdup (id);
  update_state (self);

  return GTK_WIDGET (self);
}

const char *
dorsal_diagram_region_get_id (DorsalDiagramRegion *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_REGION (self), NULL);
  return self->id;
}

/**
 * dorsal_diagram_region_set_names:
 * @label: the accessible name, e.g. "T7, seventh thoracic vertebra"
 * @description: (nullable): what it is and what activating it does
 */
void
dorsal_diagram_region_set_names (DorsalDiagramRegion *self,
                                 const char          *label,
                                 const char          *description)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_REGION (self));
  g_return_if_fail (label != NULL);

  if (g_strcmp0 (self->label, label) != 0)
    {
      g_free (self->label);
      self->label = g_strdup (label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                      -1);
    }

  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

const char *
dorsal_diagram_region_get_label (DorsalDiagramRegion *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_REGION (self), NULL);
  return self->label;
}

/**
 * dorsal_diagram_region_set_toggle:
 * @is_toggle: %TRUE for a region that is switched on and off (a body-map
 *   zone), reported with a pressed state
 */
void
dorsal_diagram_region_set_toggle (DorsalDiagramRegion *self,
                                  gboolean             is_toggle)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_REGION (self));

  is_toggle = !!is_toggle;
  if (self->is_toggle == is_toggle)
    return;

  self->is_toggle = is_toggle;
  update_state (self);
}

/**
 * dorsal_diagram_region_set_active:
 * @active: selected, or for a toggle, picked
 */
void
dorsal_diagram_region_set_active (DorsalDiagramRegion *self,
                                  gboolean             active)
{
  g_return_if_fail (DORSAL_IS_DIAGRAM_REGION (self));

  active = !!active;
  if (self->active == active)
    return;

  self->active = active;
  update_state (self);
}

gboolean
dorsal_diagram_region_get_active (DorsalDiagramRegion *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_REGION (self), FALSE);
  return self->active;
}
