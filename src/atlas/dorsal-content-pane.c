/* dorsal-content-pane.c: shows one atlas topic at a time, with history, search and reading levels
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-content-pane.h"
#include "dorsal-content-pane-private.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "dorsal-resources.h"

/*
 * The pane owns its history (topic ids, back and forward) and its search;
 * the window only hands it an atlas (or the error that kept one from
 * loading), opens topics when the drawing is touched, and listens for
 * "show-structures" and "topic-changed". The reading level and the text
 * size are GSettings keys, so a home user's choice is remembered; a kiosk
 * calls dorsal_content_pane_reset() between visitors.
 */

#define TEXT_SCALE_MIN  0.75
#define TEXT_SCALE_MAX  2.0
#define TEXT_SCALE_STEP 0.125
#define SUMMARY_SCALE   1.2
#define MAX_ERROR_LINES 12

struct _DorsalContentPane
{
  GtkWidget       parent_instance;

  GSettings      *settings;
  DorsalAtlas    *atlas;
  DorsalTopic    *topic;
  GPtrArray      *back;          /* char* topic ids, oldest first */
  GPtrArray      *forward;       /* char* topic ids, next last */
  GPtrArray      *results;       /* DorsalTopic*, the current search results in rank order */
  char           *reading_level; /* "plain" or "clinical" */
  double          text_scale;
  guint           warm_up_id;    /* builds the search index while idle */

  /* template children */
  GtkStack       *stack;
  GtkStack       *body_stack;
  GtkSearchBar   *search_bar;
  GtkSearchEntry *search_entry;
  GtkToggleButton *search_button;
  GtkScrolledWindow *topic_scroller;
  GtkLabel       *kind_label;
  GtkLabel       *title_label;
  GtkLabel       *summary_label;
  GtkWidget      *show_me_button;
  GtkBox         *body_box;
  GtkBox         *related_box;
  GtkBox         *sources_box;
  GtkBox         *results_box;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (DorsalContentPane, dorsal_content_pane, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_READING_LEVEL,
  PROP_TEXT_SCALE,
  PROP_TOPIC_ID,
  N_PROPS
};

enum {
  SHOW_STRUCTURES,
  TOPIC_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The order result groups and related links come in when they tie. */
static const DorsalTopicKind kind_order[] = {
  DORSAL_TOPIC_KIND_GUIDE,
  DORSAL_TOPIC_KIND_AREA,
  DORSAL_TOPIC_KIND_STRUCTURE,
  DORSAL_TOPIC_KIND_CAUSE,
  DORSAL_TOPIC_KIND_TREATMENT,
  DORSAL_TOPIC_KIND_WARNING,
};

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* Text size: every label below @widget gets a Pango scale on top of its
 * CSS size, so the system's large-text setting and ours multiply. */
static void
scale_labels (GtkWidget *widget,
              double     scale)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    scale_labels (child, scale);

  if (GTK_IS_LABEL (widget))
    {
      PangoAttrList *attrs = pango_attr_list_new ();
      double factor = scale;

      if (gtk_widget_has_css_class (widget, "dorsal-summary"))
        factor *= SUMMARY_SCALE;
      pango_attr_list_insert (attrs, pango_attr_scale_new (factor));
      gtk_label_set_attributes (GTK_LABEL (widget), attrs);
      pango_attr_list_unref (attrs);
    }
}

static void
apply_text_scale (DorsalContentPane *self)
{
  scale_labels (GTK_WIDGET (self->stack), self->text_scale);
}

static GtkWidget *
new_text_label (const char *text,
                const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
new_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static gboolean
on_related_link (DorsalContentPane *self,
                 GtkLinkButton     *button)
{
  const char *id = g_object_get_data (G_OBJECT (button), "dorsal-topic-id");

  dorsal_content_pane_show_topic (self, id);
  return TRUE;
}

static void
update_body (DorsalContentPane *self)
{
  const char * const *paragraphs;
  gboolean clinical = g_strcmp0 (self->reading_level, "clinical") == 0;

  remove_children (self->body_box);
  if (self->topic == NULL)
    return;

  paragraphs = clinical ? dorsal_topic_get_clinical (self->topic)
                        : dorsal_topic_get_plain (self->topic);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    gtk_box_append (self->body_box, new_text_label (paragraphs[i], "dorsal-body"));

  scale_labels (GTK_WIDGET (self->body_box), self->text_scale);
}

static void
update_related (DorsalContentPane *self)
{
  const char * const *related;
  gboolean any = FALSE;

  remove_children (self->related_box);
  if (self->topic == NULL || self->atlas == NULL)
    return;

  related = dorsal_topic_get_related (self->topic);
  for (guint k = 0; k < G_N_ELEMENTS (kind_order); k++)
    {
      GtkWidget *flow = NULL;

      for (guint i = 0; related[i] != NULL; i++)
        {
          DorsalTopic *topic = dorsal_atlas_get_topic (self->atlas, related[i]);
          g_autofree char *uri = NULL;
          GtkWidget *link;
          GtkWidget *label;

          if (topic == NULL || dorsal_topic_get_kind (topic) != kind_order[k])
            continue;

          if (!any)
            {
              gtk_box_append (self->related_box, new_heading (_("Related Topics")));
              any = TRUE;
            }
          if (flow == NULL)
            {
              GtkWidget *caption = gtk_label_new (dorsal_topic_kind_get_heading (kind_order[k]));

              gtk_label_set_xalign (GTK_LABEL (caption), 0);
              gtk_widget_add_css_class (caption, "caption-heading");
              gtk_widget_add_css_class (caption, "dim-label");
              gtk_widget_set_margin_top (caption, 6);
              gtk_box_append (self->related_box, caption);

              flow = gtk_flow_box_new ();
              gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
              gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 30);
              gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);
              gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 0);
              gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
              gtk_widget_add_css_class (flow, "dorsal-related-links");
              gtk_accessible_update_property (GTK_ACCESSIBLE (flow),
                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              dorsal_topic_kind_get_heading (kind_order[k]),
                                              -1);
              gtk_box_append (self->related_box, flow);
            }

          uri = g_strconcat ("dorsal-topic:", related[i], NULL);
          link = gtk_link_button_new_with_label (uri, dorsal_topic_get_title (topic));
          gtk_widget_set_has_tooltip (link, FALSE);
          label = gtk_button_get_child (GTK_BUTTON (link));
          if (GTK_IS_LABEL (label))
            {
              gtk_label_set_wrap (GTK_LABEL (label), TRUE);
              gtk_label_set_xalign (GTK_LABEL (label), 0);
            }
          g_object_set_data_full (G_OBJECT (link), "dorsal-topic-id", g_strdup (related[i]), g_free);
          g_signal_connect_object (link, "activate-link", G_CALLBACK (on_related_link), self,
                                   G_CONNECT_SWAPPED);
          gtk_flow_box_append (GTK_FLOW_BOX (flow), link);
          gtk_widget_set_focusable (gtk_widget_get_parent (link), FALSE);
        }
    }

  scale_labels (GTK_WIDGET (self->related_box), self->text_scale);
}

static void
update_sources (DorsalContentPane *self)
{
  guint n;

  remove_children (self->sources_box);
  if (self->topic == NULL)
    return;

  n = dorsal_topic_get_n_sources (self->topic);
  if (n == 0)
    return;

  gtk_box_append (self->sources_box, new_heading (_("Sources")));
  for (guint i = 0; i < n; i++)
    {
      const char *title = dorsal_topic_get_source_title (self->topic, i);
      const char *publisher = dorsal_topic_get_source_publisher (self->topic, i);
      g_autofree char *text = NULL;
      GtkWidget *label;

      /* Translators: a source of the content: its title, then who published it */
      text = g_strdup_printf (_("%s — %s"), title, publisher);
      label = new_text_label (text, "caption");
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (self->sources_box, label);
    }

  scale_labels (GTK_WIDGET (self->sources_box), self->text_scale);
}

static void
update_actions (DorsalContentPane *self)
{
  gboolean has_atlas = self->atlas != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "content.back", self->back->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "content.forward", self->forward->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "content.home", has_atlas);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "content.search", has_atlas);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "content.show-me",
                                 self->topic != NULL && dorsal_topic_get_n_shows (self->topic) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "content.zoom-in",
                                 self->text_scale < TEXT_SCALE_MAX - 0.001);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "content.zoom-out",
                                 self->text_scale > TEXT_SCALE_MIN + 0.001);
}

static void
display_topic (DorsalContentPane *self)
{
  DorsalTopic *topic = self->topic;
  GtkAdjustment *adjustment;
  DorsalTopicKind kind;

  if (topic == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      update_actions (self);
      return;
    }

  kind = dorsal_topic_get_kind (topic);
  for (guint k = 0; k < DORSAL_TOPIC_N_KINDS; k++)
    {
      g_autofree char *css = g_strconcat ("dorsal-kind-", dorsal_topic_kind_to_string (k), NULL);

      if (k == kind)
        gtk_widget_add_css_class (GTK_WIDGET (self->kind_label), css);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->kind_label), css);
    }
  gtk_label_set_text (self->kind_label, dorsal_topic_kind_get_name (kind));
  gtk_label_set_text (self->title_label, dorsal_topic_get_title (topic));
  gtk_label_set_text (self->summary_label, dorsal_topic_get_summary (topic));
  gtk_widget_set_visible (self->show_me_button, dorsal_topic_get_n_shows (topic) > 0);

  update_body (self);
  update_related (self);
  update_sources (self);
  update_actions (self);
  apply_text_scale (self);

  gtk_stack_set_visible_child_name (self->stack, "content");
  gtk_stack_set_visible_child_name (self->body_stack, "topic");

  adjustment = gtk_scrolled_window_get_vadjustment (self->topic_scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/* Makes @id the current topic without touching the history. */
static gboolean
set_current (DorsalContentPane *self,
             const char        *id)
{
  DorsalTopic *topic = self->atlas != NULL ? dorsal_atlas_get_topic (self->atlas, id) : NULL;

  if (topic == NULL)
    return FALSE;

  if (topic != self->topic)
    {
      g_clear_pointer (&self->topic, dorsal_topic_unref);
      self->topic = dorsal_topic_ref (topic);
      display_topic (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOPIC_ID]);
      g_signal_emit (self, signals[TOPIC_CHANGED], 0, dorsal_topic_get_id (topic));
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "content");
      gtk_stack_set_visible_child_name (self->body_stack, "topic");
    }

  return TRUE;
}

static void
close_search (DorsalContentPane *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/**
 * dorsal_content_pane_show_topic:
 * @id: a topic id
 *
 * Opens the topic @id and puts the one shown before on the back history.
 *
 * Returns: whether the atlas has a topic @id
 */
gboolean
dorsal_content_pane_show_topic (DorsalContentPane *self,
                                const char        *id)
{
  DorsalTopic *previous;

  g_return_val_if_fail (DORSAL_IS_CONTENT_PANE (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->atlas == NULL || dorsal_atlas_get_topic (self->atlas, id) == NULL)
    return FALSE;

  previous = self->topic;
  if (previous != NULL && g_strcmp0 (dorsal_topic_get_id (previous), id) != 0)
    {
      g_ptr_array_add (self->back, g_strdup (dorsal_topic_get_id (previous)));
      g_ptr_array_set_size (self->forward, 0);
    }

  if (gtk_search_bar_get_search_mode (self->search_bar))
    close_search (self);

  set_current (self, id);
  update_actions (self);
  return TRUE;
}

/**
 * dorsal_content_pane_get_topic_id:
 *
 * Returns: (nullable): the id of the topic shown
 */
const char *
dorsal_content_pane_get_topic_id (DorsalContentPane *self)
{
  g_return_val_if_fail (DORSAL_IS_CONTENT_PANE (self), NULL);
  return self->topic != NULL ? dorsal_topic_get_id (self->topic) : NULL;
}

static void
show_start (DorsalContentPane *self)
{
  if (!set_current (self, "start") && self->atlas != NULL)
    {
      g_autoptr(GPtrArray) guides = dorsal_atlas_list_topics (self->atlas, DORSAL_TOPIC_KIND_GUIDE);

      if (guides->len > 0)
        set_current (self, dorsal_topic_get_id (g_ptr_array_index (guides, 0)));
    }
}

static gboolean
warm_up_search (gpointer data)
{
  DorsalContentPane *self = data;

  self->warm_up_id = 0;
  if (self->atlas != NULL)
    g_ptr_array_unref (dorsal_atlas_search (self->atlas, ""));
  return G_SOURCE_REMOVE;
}

/**
 * dorsal_content_pane_set_atlas:
 * @atlas: (nullable): the loaded atlas
 *
 * Shows the start page of @atlas and forgets the history.
 */
void
dorsal_content_pane_set_atlas (DorsalContentPane *self,
                               DorsalAtlas       *atlas)
{
  g_return_if_fail (DORSAL_IS_CONTENT_PANE (self));
  g_return_if_fail (atlas == NULL || DORSAL_IS_ATLAS (atlas));

  if (atlas == self->atlas)
    return;

  g_set_object (&self->atlas, atlas);
  g_clear_pointer (&self->topic, dorsal_topic_unref);
  g_ptr_array_set_size (self->back, 0);
  g_ptr_array_set_size (self->forward, 0);
  close_search (self);

  if (atlas != NULL)
    show_start (self);
  if (self->topic == NULL)
    display_topic (self);
  update_actions (self);

  /* the first search would otherwise index every word while a person types */
  g_clear_handle_id (&self->warm_up_id, g_source_remove);
  if (atlas != NULL)
    self->warm_up_id = g_idle_add_full (G_PRIORITY_LOW, warm_up_search, self, NULL);
}

DorsalAtlas *
dorsal_content_pane_get_atlas (DorsalContentPane *self)
{
  g_return_val_if_fail (DORSAL_IS_CONTENT_PANE (self), NULL);
  return self->atlas;
}

/**
 * dorsal_content_pane_set_error:
 * @error: why the atlas could not be loaded
 *
 * Shows an error page naming the problem instead of the content.
 */
void
dorsal_content_pane_set_error (DorsalContentPane *self,
                               const GError      *error)
{
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  guint n_lines;

  g_return_if_fail (DORSAL_IS_CONTENT_PANE (self));
  g_return_if_fail (error != NULL);

  dorsal_content_pane_set_atlas (self, NULL);

  /* one broken link can cascade into hundreds; the first ones say enough */
  lines = g_strsplit (error->message, "\n", -1);
  n_lines = g_strv_length (lines);
  if (n_lines > MAX_ERROR_LINES)
    {
      g_autofree char *head = NULL;
      g_autofree char *more = NULL;

      g_free (lines[MAX_ERROR_LINES]);
      lines[MAX_ERROR_LINES] = NULL;
      head = g_strjoinv ("\n", lines);
      more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more problem",
                                           "… and %u more problems", n_lines - MAX_ERROR_LINES),
                              n_lines - MAX_ERROR_LINES);
      text = g_strconcat (head, "\n", more, NULL);
    }
  else
    text = g_strdup (error->message);

  gtk_label_set_text (self->error_label, text);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/**
 * dorsal_content_pane_set_key_capture_widget:
 * @widget: (nullable): a widget, usually the window, whose typing starts a search
 */
void
dorsal_content_pane_set_key_capture_widget (DorsalContentPane *self,
                                            GtkWidget         *widget)
{
  g_return_if_fail (DORSAL_IS_CONTENT_PANE (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  gtk_search_bar_set_key_capture_widget (self->search_bar, widget);
}

/**
 * dorsal_content_pane_reset:
 *
 * Forgets everything a visitor did: history, search, reading level and
 * text size, and shows the start page.
 */
void
dorsal_content_pane_reset (DorsalContentPane *self)
{
  g_return_if_fail (DORSAL_IS_CONTENT_PANE (self));

  g_ptr_array_set_size (self->back, 0);
  g_ptr_array_set_size (self->forward, 0);
  close_search (self);
  g_settings_reset (self->settings, "reading-level");
  g_settings_reset (self->settings, "content-text-scale");

  if (self->atlas != NULL)
    show_start (self);
  update_actions (self);
}

/* Search */

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
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, dorsal_topic_get_summary (topic),
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
      GtkWidget *label = new_heading (heading);
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

  scale_labels (GTK_WIDGET (self->results_box), self->text_scale);
  gtk_stack_set_visible_child_name (self->body_stack, "results");
}

static void
on_search_changed (DorsalContentPane *self)
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
static void
on_search_activate (DorsalContentPane *self)
{
  /* the entry debounces "search-changed"; Enter must not wait for it */
  on_search_changed (self);

  if (self->results != NULL && self->results->len > 0)
    {
      g_autofree char *id = g_strdup (dorsal_topic_get_id (g_ptr_array_index (self->results, 0)));

      dorsal_content_pane_show_topic (self, id);
    }
}

static void
on_stop_search (DorsalContentPane *self)
{
  close_search (self);
}

static void
on_search_mode_changed (DorsalContentPane *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      g_clear_pointer (&self->results, g_ptr_array_unref);
      remove_children (self->results_box);
      if (self->topic != NULL)
        gtk_stack_set_visible_child_name (self->body_stack, "topic");
    }
}

/* Actions */

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
  close_search (self);
  set_current (self, id);
  update_actions (self);
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
  close_search (self);
  set_current (self, id);
  update_actions (self);
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
  dorsal_content_pane_show_topic (DORSAL_CONTENT_PANE (widget), g_variant_get_string (parameter, NULL));
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
  DorsalContentPane *self = DORSAL_CONTENT_PANE (widget);
  g_autoptr(DorsalTopic) topic = NULL;

  if (self->topic == NULL || dorsal_topic_get_n_shows (self->topic) == 0)
    return;

  topic = dorsal_topic_ref (self->topic);
  g_signal_emit (self, signals[SHOW_STRUCTURES], 0,
                 dorsal_topic_get_show_view (topic, 0),
                 dorsal_topic_get_show_ids (topic, 0));
}

static void
set_text_scale (DorsalContentPane *self,
                double             scale)
{
  scale = CLAMP (scale, TEXT_SCALE_MIN, TEXT_SCALE_MAX);
  if (G_APPROX_VALUE (scale, self->text_scale, 0.0001))
    return;

  self->text_scale = scale;
  apply_text_scale (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

static void
zoom (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  DorsalContentPane *self = DORSAL_CONTENT_PANE (widget);

  if (g_str_equal (action_name, "content.zoom-in"))
    set_text_scale (self, self->text_scale + TEXT_SCALE_STEP);
  else if (g_str_equal (action_name, "content.zoom-out"))
    set_text_scale (self, self->text_scale - TEXT_SCALE_STEP);
  else
    set_text_scale (self, 1.0);
}

static void
set_reading_level (DorsalContentPane *self,
                   const char        *level)
{
  if (level == NULL || g_strcmp0 (level, self->reading_level) == 0)
    return;

  g_free (self->reading_level);
  self->reading_level = g_strdup (level);
  update_body (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READING_LEVEL]);
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

/* Test hooks */

GtkLabel *
_dorsal_content_pane_get_title_label (DorsalContentPane *self)
{
  return self->title_label;
}

char *
_dorsal_content_pane_get_body_text (DorsalContentPane *self)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->body_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, gtk_label_get_text (GTK_LABEL (child)));
    }

  return g_string_free (text, FALSE);
}

GtkSearchEntry *
_dorsal_content_pane_get_search_entry (DorsalContentPane *self)
{
  return self->search_entry;
}

const char *
_dorsal_content_pane_get_visible_page (DorsalContentPane *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "content") == 0)
    return gtk_stack_get_visible_child_name (self->body_stack);
  return page;
}

char *
_dorsal_content_pane_get_error_text (DorsalContentPane *self)
{
  return g_strdup (gtk_label_get_text (self->error_label));
}

guint
_dorsal_content_pane_get_n_results (DorsalContentPane *self)
{
  return self->results != NULL ? self->results->len : 0;
}

/* GObject */

GtkWidget *
dorsal_content_pane_new (void)
{
  return g_object_new (DORSAL_TYPE_CONTENT_PANE, NULL);
}

static void
dorsal_content_pane_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DorsalContentPane *self = DORSAL_CONTENT_PANE (object);

  switch (prop_id)
    {
    case PROP_READING_LEVEL:
      g_value_set_string (value, self->reading_level);
      break;

    case PROP_TEXT_SCALE:
      g_value_set_double (value, self->text_scale);
      break;

    case PROP_TOPIC_ID:
      g_value_set_string (value, dorsal_content_pane_get_topic_id (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_content_pane_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DorsalContentPane *self = DORSAL_CONTENT_PANE (object);

  switch (prop_id)
    {
    case PROP_READING_LEVEL:
      set_reading_level (self, g_value_get_string (value));
      break;

    case PROP_TEXT_SCALE:
      set_text_scale (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_content_pane_dispose (GObject *object)
{
  DorsalContentPane *self = DORSAL_CONTENT_PANE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DORSAL_TYPE_CONTENT_PANE);
  g_clear_handle_id (&self->warm_up_id, g_source_remove);
  g_clear_object (&self->settings);
  g_clear_object (&self->atlas);
  g_clear_pointer (&self->topic, dorsal_topic_unref);
  g_clear_pointer (&self->results, g_ptr_array_unref);

  G_OBJECT_CLASS (dorsal_content_pane_parent_class)->dispose (object);
}

static void
dorsal_content_pane_finalize (GObject *object)
{
  DorsalContentPane *self = DORSAL_CONTENT_PANE (object);

  g_clear_pointer (&self->back, g_ptr_array_unref);
  g_clear_pointer (&self->forward, g_ptr_array_unref);
  g_clear_pointer (&self->reading_level, g_free);

  G_OBJECT_CLASS (dorsal_content_pane_parent_class)->finalize (object);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          gtk_named_action_new (action)));
}

static void
dorsal_content_pane_class_init (DorsalContentPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dorsal_content_pane_dispose;
  object_class->finalize = dorsal_content_pane_finalize;
  object_class->get_property = dorsal_content_pane_get_property;
  object_class->set_property = dorsal_content_pane_set_property;

  properties[PROP_READING_LEVEL] =
    g_param_spec_string ("reading-level", NULL, NULL, "plain",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT_SCALE] =
    g_param_spec_double ("text-scale", NULL, NULL, TEXT_SCALE_MIN, TEXT_SCALE_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TOPIC_ID] =
    g_param_spec_string ("topic-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DorsalContentPane::show-structures:
   * @view: the view to switch the drawing to
   * @ids: the SVG ids to highlight, condition overlays included
   *
   * The person asked to see the topic on the drawing.
   */
  signals[SHOW_STRUCTURES] =
    g_signal_new ("show-structures", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRV);

  /**
   * DorsalContentPane::topic-changed:
   * @id: the id of the topic now shown
   */
  signals[TOPIC_CHANGED] =
    g_signal_new ("topic-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/dorsal-content-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, stack);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, body_stack);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, search_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, topic_scroller);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, kind_label);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, show_me_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, body_box);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, related_box);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, sources_box);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, results_box);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);

  gtk_widget_class_install_action (widget_class, "content.back", NULL, go_back);
  gtk_widget_class_install_action (widget_class, "content.forward", NULL, go_forward);
  gtk_widget_class_install_action (widget_class, "content.home", NULL, go_home);
  gtk_widget_class_install_action (widget_class, "content.open-topic", "s", open_topic);
  gtk_widget_class_install_action (widget_class, "content.search", NULL, start_search);
  gtk_widget_class_install_action (widget_class, "content.show-me", NULL, show_me);
  gtk_widget_class_install_action (widget_class, "content.zoom-in", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "content.zoom-out", NULL, zoom);
  gtk_widget_class_install_action (widget_class, "content.zoom-reset", NULL, zoom);
  gtk_widget_class_install_property_action (widget_class, "content.reading-level", "reading-level");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dorsal-content-pane");
}

static void
dorsal_content_pane_init (DorsalContentPane *self)
{
  GtkEventController *shortcuts;
  GtkGesture *click;

  dorsal_resources_register ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->back = g_ptr_array_new_with_free_func (g_free);
  self->forward = g_ptr_array_new_with_free_func (g_free);
  self->reading_level = g_strdup ("plain");
  self->text_scale = 1.0;

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "reading-level", self, "reading-level", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "content-text-scale", self, "text-scale", G_SETTINGS_BIND_DEFAULT);

  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  /* These work wherever the focus is in the window, not only in the pane. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_GLOBAL);
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

  display_topic (self);
}
