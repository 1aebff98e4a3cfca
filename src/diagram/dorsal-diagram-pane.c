/* dorsal-diagram-pane.c: the drawing with its toolbar: views, layers, names and zoom
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-diagram-pane.h"

#include <adwaita.h>

#include "dorsal-resources.h"

struct _DorsalDiagramPane
{
  GtkWidget          parent_instance;

  /* template children */
  GtkWidget         *toolbar;
  DorsalDiagramView *view;
  GtkToggleButton   *posterior_button;
  GtkToggleButton   *anterior_button;
  GtkToggleButton   *lateral_button;
  GtkToggleButton   *vertebra_button;
  GtkDropDown       *view_dropdown;
  GtkToggleButton   *labels_button;
  GtkToggleButton   *referred_button;
  GtkCheckButton    *bones_check;
  GtkCheckButton    *cartilage_check;
  GtkCheckButton    *discs_check;
  GtkCheckButton    *nerves_check;
  GtkCheckButton    *muscles_check;
  GtkCheckButton    *organs_check;
  GtkCheckButton    *dermatomes_check;

  gboolean           syncing;
};

G_DEFINE_FINAL_TYPE (DorsalDiagramPane, dorsal_diagram_pane, GTK_TYPE_WIDGET)

static const char * const views[] = { "posterior", "anterior", "lateral", "vertebra" };
static const char * const layers[] = {
  "bones", "cartilage", "discs", "nerves", "muscles", "organs", "dermatomes",
};

static GtkToggleButton *
view_button (DorsalDiagramPane *self,
             guint              i)
{
  GtkToggleButton *buttons[] = {
    self->posterior_button, self->anterior_button, self->lateral_button, self->vertebra_button,
  };

  return buttons[i];
}

static GtkCheckButton *
layer_check (DorsalDiagramPane *self,
             guint              i)
{
  GtkCheckButton *checks[] = {
    self->bones_check, self->cartilage_check, self->discs_check, self->nerves_check,
    self->muscles_check, self->organs_check, self->dermatomes_check,
  };

  return checks[i];
}

static void
sync_view (DorsalDiagramPane *self)
{
  const char *view = dorsal_diagram_view_get_view (self->view);

  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (g_strcmp0 (view, views[i]) == 0)
      {
        gtk_toggle_button_set_active (view_button (self, i), TRUE);
        gtk_drop_down_set_selected (self->view_dropdown, i);
      }
  self->syncing = FALSE;
}

static void
sync_zoom (DorsalDiagramPane *self)
{
  double zoom = dorsal_diagram_view_get_zoom (self->view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diagram.zoom-in", zoom < 8.0 - 1e-6);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diagram.zoom-out", zoom > 1.0 + 1e-6);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "diagram.zoom-fit", zoom > 1.0 + 1e-6);
}

static void
sync_layers (DorsalDiagramPane *self)
{
  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    gtk_check_button_set_active (layer_check (self, i),
                                 dorsal_diagram_view_get_layer_visible (self->view, layers[i]));
  self->syncing = FALSE;
}

static void
on_view_button_toggled (DorsalDiagramPane *self,
                        GtkToggleButton   *button)
{
  if (self->syncing || !gtk_toggle_button_get_active (button))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (view_button (self, i) == button)
      dorsal_diagram_view_set_view (self->view, views[i]);
}

static void
on_view_dropdown_selected (DorsalDiagramPane *self)
{
  guint selected = gtk_drop_down_get_selected (self->view_dropdown);

  if (self->syncing || selected >= G_N_ELEMENTS (views))
    return;

  dorsal_diagram_view_set_view (self->view, views[selected]);
}

static void
on_layer_check_toggled (DorsalDiagramPane *self,
                        GtkCheckButton    *check)
{
  if (self->syncing)
    return;

  for (guint i = 0; i < G_N_ELEMENTS (layers); i++)
    if (layer_check (self, i) == check)
      dorsal_diagram_view_set_layer_visible (self->view, layers[i],
                                             gtk_check_button_get_active (check));
}

static void
zoom_in_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  dorsal_diagram_view_zoom_in (DORSAL_DIAGRAM_PANE (widget)->view);
}

static void
zoom_out_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  dorsal_diagram_view_zoom_out (DORSAL_DIAGRAM_PANE (widget)->view);
}

static void
zoom_fit_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  dorsal_diagram_view_zoom_fit (DORSAL_DIAGRAM_PANE (widget)->view);
}

static void
dorsal_diagram_pane_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DORSAL_TYPE_DIAGRAM_PANE);

  G_OBJECT_CLASS (dorsal_diagram_pane_parent_class)->dispose (object);
}

static void
dorsal_diagram_pane_class_init (DorsalDiagramPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dorsal_diagram_pane_dispose;

  dorsal_resources_register ();
  g_type_ensure (DORSAL_TYPE_DIAGRAM_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/dorsal-diagram-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, toolbar);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, view);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, posterior_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, anterior_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, lateral_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, vertebra_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, view_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, labels_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, referred_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, bones_check);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, cartilage_check);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, discs_check);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, nerves_check);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, muscles_check);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, organs_check);
  gtk_widget_class_bind_template_child (widget_class, DorsalDiagramPane, dermatomes_check);
  gtk_widget_class_bind_template_callback (widget_class, on_view_button_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_view_dropdown_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_layer_check_toggled);
  gtk_widget_class_bind_template_callback (widget_class, sync_view);
  gtk_widget_class_bind_template_callback (widget_class, sync_zoom);
  gtk_widget_class_bind_template_callback (widget_class, sync_layers);

  gtk_widget_class_install_action (widget_class, "diagram.zoom-in", NULL, zoom_in_activated);
  gtk_widget_class_install_action (widget_class, "diagram.zoom-out", NULL, zoom_out_activated);
  gtk_widget_class_install_action (widget_class, "diagram.zoom-fit", NULL, zoom_fit_activated);

  gtk_widget_class_set_css_name (widget_class, "diagram-pane");
}

static void
dorsal_diagram_pane_init (DorsalDiagramPane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* GTK 4.8: the drop-down's own button is what takes the focus, and it has no name;
   * it is named after the drop-down ("View") */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->view_dropdown));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      gtk_accessible_update_relation (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->view_dropdown, NULL,
                                      -1);

  g_object_bind_property (self->labels_button, "active", self->view, "show-labels",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->referred_button, "active", self->view, "referred-mode",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  sync_view (self);
  sync_zoom (self);
  sync_layers (self);
}

GtkWidget *
dorsal_diagram_pane_new (void)
{
  return g_object_new (DORSAL_TYPE_DIAGRAM_PANE, NULL);
}

/**
 * dorsal_diagram_pane_get_view:
 *
 * Returns: (transfer none): the drawing
 */
DorsalDiagramView *
dorsal_diagram_pane_get_view (DorsalDiagramPane *self)
{
  g_return_val_if_fail (DORSAL_IS_DIAGRAM_PANE (self), NULL);
  return self->view;
}
