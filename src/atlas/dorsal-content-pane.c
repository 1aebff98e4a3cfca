/* dorsal-content-pane.c: shows one atlas topic at a time, with history, search, reading levels
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-content-pane.h"

#include "dorsal-application.h"
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

#define SUMMARY_SCALE   1.2
#define MAX_ERROR_LINES 12


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

/* Text size: every label below @widget (but in buttons) gets a Pango scale on top of its
 * CSS size, so the system's large-text setting and ours multiply. */
void
_dorsal_content_pane_scale_labels (GtkWidget *widget,
                                   double     scale)
{
  /* buttons are controls, not reading text, and their labels do not wrap */
  if (GTK_IS_BUTTON (widget) && !GTK_IS_LINK_BUTTON (widget))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    _dorsal_content_pane_scale_labels (child, scale);

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

/* Only the reading text: the toolbar keeps its size so it never outgrows a
 * narrow pane. */
static void
apply_text_scale (DorsalContentPane *self)
{
  _dorsal_content_pane_scale_labels (GTK_WIDGET (self->topic_box), self->text_scale);
  _dorsal_content_pane_scale_labels (GTK_WIDGET (self->results_box), self->text_scale);
  _dorsal_content_pane_scale_labels (GTK_WIDGET (self->error_label), self->text_scale);
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

GtkWidget *
_dorsal_content_pane_new_heading (const char *text)
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

  if (self->note_func != NULL)
    {
      const char *heading = NULL;
      const char *note = self->note_func (dorsal_topic_get_id (self->topic), &heading, self->note_data);

      if (note != NULL)
        {
          GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

          gtk_widget_add_css_class (card, "card");
          gtk_widget_add_css_class (card, "dorsal-note");
          if (heading != NULL)
            gtk_box_append (GTK_BOX (card), _dorsal_content_pane_new_heading (heading));
          gtk_box_append (GTK_BOX (card), new_text_label (note, "dorsal-body"));
          gtk_box_append (self->body_box, card);
        }
    }

  _dorsal_content_pane_scale_labels (GTK_WIDGET (self->body_box), self->text_scale);
}

/**
 * dorsal_content_pane_set_note_func:
 * @func: (nullable): gives a note for a topic, such as when pain at a spinal
 *   level needs a doctor
 *
 * The note comes from outside the atlas (the referred-pain data), so the
 * pane asks for it rather than knowing where it lives.
 */
void
dorsal_content_pane_set_note_func (DorsalContentPane     *self,
                                   DorsalContentNoteFunc  func,
                                   gpointer               user_data,
                                   GDestroyNotify         destroy)
{
  g_return_if_fail (DORSAL_IS_CONTENT_PANE (self));

  if (self->note_destroy != NULL)
    self->note_destroy (self->note_data);
  self->note_func = func;
  self->note_data = user_data;
  self->note_destroy = destroy;
  update_body (self);
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
          GtkWidget *cell;

          if (topic == NULL || dorsal_topic_get_kind (topic) != kind_order[k])
            continue;

          if (!any)
            {
              gtk_box_append (self->related_box,
                              _dorsal_content_pane_new_heading (_("Related Topics")));
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
          g_object_set_data_full (G_OBJECT (link), "dorsal-topic-id", g_strdup (related[i]),
                                  g_free);
          g_signal_connect_object (link, "activate-link", G_CALLBACK (on_related_link), self,
                                   G_CONNECT_SWAPPED);
          /* The link takes the focus, not its cell, which has no name of its own. The cell is
           * made unfocusable before it is added: a screen reader keeps the states it saw when the
           * cell first appeared, and GTK 4.8 sends no change of "focusable" later. */
          cell = gtk_flow_box_child_new ();
          gtk_widget_set_focusable (cell, FALSE);
          gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (cell), link);
          gtk_flow_box_append (GTK_FLOW_BOX (flow), cell);
        }
    }

  _dorsal_content_pane_scale_labels (GTK_WIDGET (self->related_box), self->text_scale);
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

  gtk_box_append (self->sources_box, _dorsal_content_pane_new_heading (_("Sources")));
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

  _dorsal_content_pane_scale_labels (GTK_WIDGET (self->sources_box), self->text_scale);
}

void
_dorsal_content_pane_update_actions (DorsalContentPane *self)
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
      _dorsal_content_pane_update_actions (self);
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
  _dorsal_content_pane_update_actions (self);
  apply_text_scale (self);

  gtk_stack_set_visible_child_name (self->stack, "content");
  gtk_stack_set_visible_child_name (self->body_stack, "topic");

  adjustment = gtk_scrolled_window_get_vadjustment (self->topic_scroller);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

/* Gives the focus to the title, so a screen reader reads the new topic,
 * without the select-all a focused label gets. */
void
_dorsal_content_pane_focus_title (DorsalContentPane *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->title_label)))
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self->title_label));
  gtk_label_select_region (self->title_label, 0, 0);
}

/* Makes @id the current topic without touching the history. */
gboolean
_dorsal_content_pane_set_current (DorsalContentPane *self,
                                  const char        *id)
{
  DorsalTopic *topic = self->atlas != NULL ? dorsal_atlas_get_topic (self->atlas, id) : NULL;

  if (topic == NULL)
    return FALSE;

  if (topic != self->topic)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
      gboolean focus_in_topic = focus != NULL &&
                                gtk_widget_is_ancestor (focus, GTK_WIDGET (self->topic_box));

      /* a followed link is gone with the old page: move the focus to the
       * title while the link still exists, since GTK 4.8 stumbles when the
       * focus is grabbed after its widget was destroyed */
      if (focus_in_topic)
        _dorsal_content_pane_focus_title (self);
      g_clear_pointer (&self->topic, dorsal_topic_unref);
      self->topic = dorsal_topic_ref (topic);
      display_topic (self);
      if (focus_in_topic)
        _dorsal_content_pane_focus_title (self);
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
  gboolean searching;

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

  searching = gtk_search_bar_get_search_mode (self->search_bar);
  if (searching)
    _dorsal_content_pane_close_search (self);

  _dorsal_content_pane_set_current (self, id);
  _dorsal_content_pane_update_actions (self);

  /* the search entry had the focus and is gone */
  if (searching)
    _dorsal_content_pane_focus_title (self);

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
  if (!_dorsal_content_pane_set_current (self, "start") && self->atlas != NULL)
    {
      g_autoptr(GPtrArray) guides = dorsal_atlas_list_topics (self->atlas, DORSAL_TOPIC_KIND_GUIDE);

      if (guides->len > 0)
        {
          DorsalTopic *first = g_ptr_array_index (guides, 0);

          _dorsal_content_pane_set_current (self, dorsal_topic_get_id (first));
        }
    }
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
  _dorsal_content_pane_close_search (self);

  if (atlas != NULL)
    show_start (self);
  if (self->topic == NULL)
    display_topic (self);
  _dorsal_content_pane_update_actions (self);

  /* the first search would otherwise index every word while a person types */
  g_clear_handle_id (&self->warm_up_id, g_source_remove);
  if (atlas != NULL)
    self->warm_up_id = g_idle_add_full (G_PRIORITY_LOW, _dorsal_content_pane_warm_up_search,
                                        self, NULL);
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

      /* cut the list short, freeing every line after the first ones */
      for (guint i = MAX_ERROR_LINES; i < n_lines; i++)
        g_clear_pointer (&lines[i], g_free);
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
  _dorsal_content_pane_close_search (self);
  g_settings_reset (self->settings, "reading-level");
  g_settings_reset (self->settings, "content-text-scale");

  if (self->atlas != NULL)
    show_start (self);
  _dorsal_content_pane_update_actions (self);
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

void
_dorsal_content_pane_set_text_scale (DorsalContentPane *self,
                                     double             scale)
{
  scale = CLAMP (scale, TEXT_SCALE_MIN, TEXT_SCALE_MAX);
  if (G_APPROX_VALUE (scale, self->text_scale, 0.0001))
    return;

  self->text_scale = scale;
  apply_text_scale (self);
  _dorsal_content_pane_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SCALE]);
}

/* Emits "show-structures" for the first <show> of the topic. */
void
_dorsal_content_pane_show_me (DorsalContentPane *self)
{
  g_autoptr(DorsalTopic) topic = NULL;

  if (self->topic == NULL || dorsal_topic_get_n_shows (self->topic) == 0)
    return;

  /* a handler may open another topic */
  topic = dorsal_topic_ref (self->topic);
  g_signal_emit (self, signals[SHOW_STRUCTURES], 0,
                 dorsal_topic_get_show_view (topic, 0),
                 dorsal_topic_get_show_ids (topic, 0));
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
      _dorsal_content_pane_set_text_scale (self, g_value_get_double (value));
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
  if (self->note_destroy != NULL)
    self->note_destroy (self->note_data);
  self->note_func = NULL;
  self->note_destroy = NULL;

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
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, topic_box);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, kind_label);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, show_me_button);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, body_box);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, related_box);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, sources_box);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, results_box);
  gtk_widget_class_bind_template_child (widget_class, DorsalContentPane, error_label);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_search_changed",
                                                G_CALLBACK (_dorsal_content_pane_search_changed));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_search_activate",
                                                G_CALLBACK (_dorsal_content_pane_search_activate));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_stop_search",
                                                G_CALLBACK (_dorsal_content_pane_stop_search));

  _dorsal_content_pane_class_init_actions (widget_class);
  gtk_widget_class_install_property_action (widget_class, "content.reading-level", "reading-level");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dorsal-content-pane");
}

/* GTK 4.8 reads a button's accessible label AND the label it is labelled by ("Plain Words
 * Plain"): the reading-level buttons keep their full names only. */
static void
name_reading_levels_once (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_ACTIONABLE (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)),
                     "content.reading-level") == 0)
        gtk_accessible_reset_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      else
        name_reading_levels_once (child);
    }
}

static void
dorsal_content_pane_init (DorsalContentPane *self)
{
  dorsal_resources_register ();
  gtk_widget_init_template (GTK_WIDGET (self));

  name_reading_levels_once (GTK_WIDGET (self));

  self->back = g_ptr_array_new_with_free_func (g_free);
  self->forward = g_ptr_array_new_with_free_func (g_free);
  self->reading_level = g_strdup ("plain");
  self->text_scale = 1.0;

  self->settings = dorsal_settings_dup ();
  g_settings_bind (self->settings, "reading-level", self, "reading-level", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "content-text-scale", self, "text-scale",
                   G_SETTINGS_BIND_DEFAULT);

  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (_dorsal_content_pane_search_mode_changed), self,
                           G_CONNECT_SWAPPED);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

  _dorsal_content_pane_init_actions (self);

  display_topic (self);
}
