/* dorsal-referred.h: referred pain, the organs that can hurt in the upper back (referred.xml)
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "dorsal-triage.h"

G_BEGIN_DECLS

/*
 * What else can hurt here: for each organ (or the nerve in shingles) the
 * skin areas where its pain is felt, its warning signs and the
 * self-assessment level they reach; and for each thoracic vertebra, when
 * pain there needs a doctor.
 *
 *   referred = dorsal_referred_new_default (&error);
 *   areas = dorsal_referred_areas_for_organ (referred, "organ-heart");  (light these)
 *   organs = dorsal_referred_organs_for_area (referred, "referred-between-shoulder-blades");
 *   text = dorsal_referred_get_spinal_level_text (referred, "vertebra-t5");
 *
 * Organs are owned by their DorsalReferred. Texts come back translated
 * (g_dpgettext2 with the organ or spinal level id as context).
 */

#define DORSAL_REFERRED_ERROR (dorsal_referred_error_quark ())

/**
 * DorsalReferredError:
 * @DORSAL_REFERRED_ERROR_READ: the file could not be read
 * @DORSAL_REFERRED_ERROR_PARSE: the file is not well-formed XML
 * @DORSAL_REFERRED_ERROR_SCHEMA: the file does not match referred.rng
 * @DORSAL_REFERRED_ERROR_INVALID: a duplicate id, a spinal level with no paragraph, or a
 *   level that does not agree with the warning signs or the self-assessment
 *
 * Content errors read `file:line: message`.
 */
typedef enum
{
  DORSAL_REFERRED_ERROR_READ,
  DORSAL_REFERRED_ERROR_PARSE,
  DORSAL_REFERRED_ERROR_SCHEMA,
  DORSAL_REFERRED_ERROR_INVALID,
} DorsalReferredError;

typedef struct _DorsalReferredOrgan DorsalReferredOrgan;

#define DORSAL_TYPE_REFERRED (dorsal_referred_get_type ())
G_DECLARE_FINAL_TYPE (DorsalReferred, dorsal_referred, DORSAL, REFERRED, GObject)

GQuark                     dorsal_referred_error_quark             (void);

DorsalReferred            *dorsal_referred_new_from_file           (GFile          *file,
                                                                    GError        **error);
DorsalReferred            *dorsal_referred_new_default             (GError        **error);
gboolean                   dorsal_referred_check_with_triage       (DorsalReferred *self,
                                                                    DorsalTriage   *triage,
                                                                    GError        **error);

guint                      dorsal_referred_get_n_organs            (DorsalReferred *self);
const DorsalReferredOrgan *dorsal_referred_get_organ               (DorsalReferred *self,
                                                                    guint           index);
const DorsalReferredOrgan *dorsal_referred_find_organ              (DorsalReferred *self,
                                                                    const char     *id);

const char * const        *dorsal_referred_areas_for_organ         (DorsalReferred *self,
                                                                    const char     *id);
GPtrArray                 *dorsal_referred_organs_for_area         (DorsalReferred *self,
                                                                    const char     *id);
GPtrArray                 *dorsal_referred_organs_for_spinal_level (DorsalReferred *self,
                                                                    const char     *level);

const char * const        *dorsal_referred_get_spinal_levels       (DorsalReferred *self);
const char                *dorsal_referred_get_spinal_level_text   (DorsalReferred *self,
                                                                    const char     *level);
const char                *dorsal_referred_get_spinal_level_topic  (DorsalReferred *self,
                                                                    const char     *level);

const char         *dorsal_referred_organ_get_id               (const DorsalReferredOrgan *organ);
const char         *dorsal_referred_organ_get_name             (const DorsalReferredOrgan *organ);
const char         *dorsal_referred_organ_get_topic            (const DorsalReferredOrgan *organ);
const char         *dorsal_referred_organ_get_level            (const DorsalReferredOrgan *organ);
const char         *dorsal_referred_organ_get_feels            (const DorsalReferredOrgan *organ);
const char * const *dorsal_referred_organ_get_parts            (const DorsalReferredOrgan *organ);
const char * const *dorsal_referred_organ_get_areas            (const DorsalReferredOrgan *organ,
                                                                const char                *view);
const char * const *dorsal_referred_organ_get_zones            (const DorsalReferredOrgan *organ);
const char * const *dorsal_referred_organ_get_spinal_levels    (const DorsalReferredOrgan *organ);
guint               dorsal_referred_organ_get_n_warnings       (const DorsalReferredOrgan *organ);
const char         *dorsal_referred_organ_get_warning          (const DorsalReferredOrgan *organ,
                                                                guint                      index);
const char         *dorsal_referred_organ_get_warning_level    (const DorsalReferredOrgan *organ,
                                                                guint                      index);
const char         *dorsal_referred_organ_get_warning_question (const DorsalReferredOrgan *organ,
                                                                guint                      index);
guint               dorsal_referred_organ_get_n_sources        (const DorsalReferredOrgan *organ);
const char         *dorsal_referred_organ_get_source           (const DorsalReferredOrgan *organ,
                                                                guint                      index);
const char         *dorsal_referred_organ_get_source_publisher (const DorsalReferredOrgan *organ,
                                                                guint                      index);

G_END_DECLS
