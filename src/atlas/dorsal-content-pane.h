/* dorsal-content-pane.h: shows one atlas topic at a time, with history, search and reading levels
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dorsal-atlas.h"

G_BEGIN_DECLS

#define DORSAL_TYPE_CONTENT_PANE (dorsal_content_pane_get_type ())

/**
 * DorsalContentNoteFunc:
 * @topic_id: the topic on show
 * @heading: (out) (transfer none): where to put the note's heading
 * @user_data: the data given to dorsal_content_pane_set_note_func()
 *
 * Returns: (transfer none) (nullable): a note to show under the body, or %NULL
 */
typedef const char *(*DorsalContentNoteFunc) (const char  *topic_id,
                                              const char **heading,
                                              gpointer     user_data);

G_DECLARE_FINAL_TYPE (DorsalContentPane, dorsal_content_pane, DORSAL, CONTENT_PANE, GtkWidget)

GtkWidget   *dorsal_content_pane_new                      (void);
void         dorsal_content_pane_set_atlas                (DorsalContentPane *self,
                                                           DorsalAtlas       *atlas);
DorsalAtlas *dorsal_content_pane_get_atlas                (DorsalContentPane *self);
void         dorsal_content_pane_set_error                (DorsalContentPane *self,
                                                           const GError      *error);
gboolean     dorsal_content_pane_show_topic               (DorsalContentPane *self,
                                                           const char        *id);
const char  *dorsal_content_pane_get_topic_id             (DorsalContentPane *self);
void         dorsal_content_pane_set_key_capture_widget   (DorsalContentPane *self,
                                                           GtkWidget         *widget);
void         dorsal_content_pane_reset                    (DorsalContentPane *self);

void         dorsal_content_pane_set_note_func          (DorsalContentPane     *self,
                                                        DorsalContentNoteFunc  func,
                                                        gpointer               user_data,
                                                        GDestroyNotify         destroy);

G_END_DECLS
