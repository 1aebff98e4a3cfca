/* dorsal-svg-index.h: the ids of a drawing, their layers and which ones a person can pick
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DORSAL_SVG_INDEX_ERROR (dorsal_svg_index_error_quark ())

typedef enum
{
  DORSAL_SVG_INDEX_ERROR_PARSE,        /* not well-formed XML */
  DORSAL_SVG_INDEX_ERROR_NOT_SVG,      /* the root element is not <svg> */
  DORSAL_SVG_INDEX_ERROR_DUPLICATE_ID, /* the same id twice */
} DorsalSvgIndexError;

/* What an id is for, from its layer (see DESIGN.md "Ids"). */
typedef enum
{
  DORSAL_SVG_KIND_NONE,        /* outside any layer, a layer group, a part of a structure, defs */
  DORSAL_SVG_KIND_STRUCTURE,   /* interactive: picked, and has an atlas topic */
  DORSAL_SVG_KIND_REFERRED,    /* a referred-pain area: picked only in referred-pain mode */
  DORSAL_SVG_KIND_CONDITION,   /* a condition overlay: shown by a topic, never picked */
  DORSAL_SVG_KIND_CONTEXT,     /* an orientation shape: never picked */
} DorsalSvgKind;

#define DORSAL_TYPE_SVG_INDEX (dorsal_svg_index_get_type ())

G_DECLARE_FINAL_TYPE (DorsalSvgIndex, dorsal_svg_index, DORSAL, SVG_INDEX, GObject)

GQuark              dorsal_svg_index_error_quark      (void);

DorsalSvgIndex     *dorsal_svg_index_new_from_file    (GFile           *file,
                                                       GError         **error);
DorsalSvgIndex     *dorsal_svg_index_new_from_bytes   (GBytes          *bytes,
                                                       const char      *name,
                                                       GError         **error);

const char * const *dorsal_svg_index_get_ids          (DorsalSvgIndex  *self);
const char * const *dorsal_svg_index_get_structures   (DorsalSvgIndex  *self);
const char * const *dorsal_svg_index_get_layers       (DorsalSvgIndex  *self);
gboolean            dorsal_svg_index_has_id           (DorsalSvgIndex  *self,
                                                       const char      *id);
const char         *dorsal_svg_index_get_layer        (DorsalSvgIndex  *self,
                                                       const char      *id);
gboolean            dorsal_svg_index_is_interactive   (DorsalSvgIndex  *self,
                                                       const char      *id);
DorsalSvgKind       dorsal_svg_index_get_kind         (DorsalSvgIndex  *self,
                                                       const char      *id);
const char         *dorsal_svg_index_get_structure_of (DorsalSvgIndex  *self,
                                                       const char      *id);
int                 dorsal_svg_index_get_line         (DorsalSvgIndex  *self,
                                                       const char      *id);
const char         *dorsal_svg_index_get_style_text   (DorsalSvgIndex  *self);
gboolean            dorsal_svg_layer_is_interactive   (const char      *layer);

G_END_DECLS
