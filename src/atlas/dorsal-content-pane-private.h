/* dorsal-content-pane-private.h: what the content pane's tests look at
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dorsal-content-pane.h"

G_BEGIN_DECLS

GtkLabel       *_dorsal_content_pane_get_title_label  (DorsalContentPane *self);
char           *_dorsal_content_pane_get_body_text    (DorsalContentPane *self);
GtkSearchEntry *_dorsal_content_pane_get_search_entry (DorsalContentPane *self);
const char     *_dorsal_content_pane_get_visible_page (DorsalContentPane *self);
char           *_dorsal_content_pane_get_error_text   (DorsalContentPane *self);
guint           _dorsal_content_pane_get_n_results    (DorsalContentPane *self);

G_END_DECLS
