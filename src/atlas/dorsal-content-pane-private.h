/* dorsal-content-pane-private.h: what the parts of the content pane and its tests share
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dorsal-content-pane.h"

G_BEGIN_DECLS

#define TEXT_SCALE_MIN  0.75
#define TEXT_SCALE_MAX  2.0
#define TEXT_SCALE_STEP 0.125

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
  DorsalContentNoteFunc note_func;
  gpointer        note_data;
  GDestroyNotify  note_destroy;

  /* template children */
  GtkStack       *stack;
  GtkStack       *body_stack;
  GtkSearchBar   *search_bar;
  GtkSearchEntry *search_entry;
  GtkToggleButton *search_button;
  GtkScrolledWindow *topic_scroller;
  GtkWidget      *topic_box;
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

/* dorsal-content-pane.c */
void            _dorsal_content_pane_scale_labels        (GtkWidget         *widget,
                                                          double             scale);
GtkWidget      *_dorsal_content_pane_new_heading         (const char        *text);
gboolean        _dorsal_content_pane_set_current         (DorsalContentPane *self,
                                                          const char        *id);
void            _dorsal_content_pane_update_actions      (DorsalContentPane *self);
void            _dorsal_content_pane_show_me             (DorsalContentPane *self);
void            _dorsal_content_pane_focus_title         (DorsalContentPane *self);
void            _dorsal_content_pane_set_text_scale      (DorsalContentPane *self,
                                                          double             scale);

/* dorsal-content-pane-actions.c */
void            _dorsal_content_pane_class_init_actions  (GtkWidgetClass    *widget_class);
void            _dorsal_content_pane_init_actions        (DorsalContentPane *self);

/* dorsal-content-pane-search.c */
void            _dorsal_content_pane_close_search        (DorsalContentPane *self);
gboolean        _dorsal_content_pane_warm_up_search      (gpointer           data);
void            _dorsal_content_pane_search_changed      (DorsalContentPane *self);
void            _dorsal_content_pane_search_activate     (DorsalContentPane *self);
void            _dorsal_content_pane_stop_search         (DorsalContentPane *self);
void            _dorsal_content_pane_search_mode_changed (DorsalContentPane *self);

/* test hooks */
GtkLabel       *_dorsal_content_pane_get_title_label  (DorsalContentPane *self);
char           *_dorsal_content_pane_get_body_text    (DorsalContentPane *self);
GtkSearchEntry *_dorsal_content_pane_get_search_entry (DorsalContentPane *self);
const char     *_dorsal_content_pane_get_visible_page (DorsalContentPane *self);
char           *_dorsal_content_pane_get_error_text   (DorsalContentPane *self);
guint           _dorsal_content_pane_get_n_results    (DorsalContentPane *self);

G_END_DECLS
