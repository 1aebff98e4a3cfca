/* dorsal-content-pane-search.c: the content pane's search: results by kind, Enter opens the best
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-content-pane-private.h"

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

void
_dorsal_content_pane_close_search (DorsalContentPane *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

gboolean
_dorsal_content_pane_warm_up_search (gpointer data)
{
  DorsalContentPane *self = data;

  self->warm_up_id = 0;
  if (self->atlas != NULL)
    g_ptr_array_unref (dorsal_atlas_search (self->atlas, ""));
  return G_SOURCE_REMOVE;
}

static void
on_result_activated (DorsalContentPane *self,
                     GtkListBoxRow     *row)
{
  const char *id = g_object_get_data (G_OBJECT (row), "dorsal-topic-id");

  dorsal_content_pane_show_topic (self, id);
}

static GtkWidget *
new_result_row (DorsalTopic *topic)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (dorsal_topic_get_title (topic));
  GtkWidget *summary = gtk_label_new (dorsal_topic_get_summary (topic));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "heading");

  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (summary), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (summary), 2);
  gtk_label_set_ellipsize (GTK_LABEL (summary), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (summary, "dim-label");

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), summary);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, dorsal_topic_get_title (topic),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  dorsal_topic_get_summary (topic),
                                  -1);
  g_object_set_data_full (G_OBJECT (row), "dorsal-topic-id",
                          g_strdup (dorsal_topic_get_id (topic)), g_free);
  return row;
}

/* Groups come in the order of their best result, results in rank order. */
static void
show_results (DorsalContentPane *self)
{
  GPtrArray *results = self->results;
  DorsalTopicKind groups[DORSAL_TOPIC_N_KINDS];
  guint n_groups = 0;

  remove_children (self->results_box);

  if (results == NULL || results->len == 0)
    {
      gtk_stack_set_visible_child_name (self->body_stack, "no-results");
      return;
    }

  for (guint i = 0; i < results->len; i++)
    {
      DorsalTopicKind kind = dorsal_topic_get_kind (g_ptr_array_index (results, i));
      gboolean seen = FALSE;

      for (guint g = 0; g < n_groups && !seen; g++)
        seen = groups[g] == kind;
      if (!seen)
        groups[n_groups++] = kind;
    }

  for (guint g = 0; g < n_groups; g++)
    {
      const char *heading = dorsal_topic_kind_get_heading (groups[g]);
      GtkWidget *label = _dorsal_content_pane_new_heading (heading);
      GtkWidget *list = gtk_list_box_new ();

      gtk_widget_set_margin_top (label, g == 0 ? 0 : 12);
      gtk_box_append (self->results_box, label);

      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
      g_signal_connect_object (list, "row-activated", G_CALLBACK (on_result_activated), self,
                               G_CONNECT_SWAPPED);

      for (guint i = 0; i < results->len; i++)
        {
          DorsalTopic *topic = g_ptr_array_index (results, i);

          if (dorsal_topic_get_kind (topic) == groups[g])
            gtk_list_box_append (GTK_LIST_BOX (list), new_result_row (topic));
        }

      gtk_box_append (self->results_box, list);
    }

  _dorsal_content_pane_scale_labels (GTK_WIDGET (self->results_box), self->text_scale);
  gtk_stack_set_visible_child_name (self->body_stack, "results");
}

void
_dorsal_content_pane_search_changed (DorsalContentPane *self)
{
  g_autofree char *text = NULL;

  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))));
  g_clear_pointer (&self->results, g_ptr_array_unref);

  if (*text == '\0' || self->atlas == NULL)
    {
      remove_children (self->results_box);
      if (self->topic != NULL)
        gtk_stack_set_visible_child_name (self->body_stack, "topic");
      return;
    }

  self->results = dorsal_atlas_search (self->atlas, text);
  show_results (self);
}

/* The first result of the first group, the best result overall. */
void
_dorsal_content_pane_search_activate (DorsalContentPane *self)
{
  /* the entry debounces "search-changed"; Enter must not wait for it */
  _dorsal_content_pane_search_changed (self);

  if (self->results != NULL && self->results->len > 0)
    {
      g_autofree char *id = g_strdup (dorsal_topic_get_id (g_ptr_array_index (self->results, 0)));

      dorsal_content_pane_show_topic (self, id);
    }
}

void
_dorsal_content_pane_stop_search (DorsalContentPane *self)
{
  _dorsal_content_pane_close_search (self);
}

void
_dorsal_content_pane_search_mode_changed (DorsalContentPane *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      g_clear_pointer (&self->results, g_ptr_array_unref);
      remove_children (self->results_box);
      if (self->topic != NULL)
        gtk_stack_set_visible_child_name (self->body_stack, "topic");
    }
}
