/* dorsal-referred-panel.h: "what else can hurt here", the referred-pain panel
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dorsal-referred.h"
#include "dorsal-triage.h"

G_BEGIN_DECLS

#define DORSAL_TYPE_REFERRED_PANEL (dorsal_referred_panel_get_type ())

G_DECLARE_FINAL_TYPE (DorsalReferredPanel, dorsal_referred_panel, DORSAL, REFERRED_PANEL, GtkWidget)

GtkWidget  *dorsal_referred_panel_new          (DorsalReferred      *referred,
                                                DorsalTriage        *triage);
void        dorsal_referred_panel_show_intro   (DorsalReferredPanel *self);
gboolean    dorsal_referred_panel_show_area    (DorsalReferredPanel *self,
                                                const char          *area_id);
gboolean    dorsal_referred_panel_show_organ   (DorsalReferredPanel *self,
                                                const char          *organ_id);
const char *dorsal_referred_panel_get_area     (DorsalReferredPanel *self);
const char *dorsal_referred_panel_get_organ    (DorsalReferredPanel *self);
guint       dorsal_referred_panel_get_n_organs_shown (DorsalReferredPanel *self);
const char *dorsal_referred_area_get_name      (const char          *area_id);
void        dorsal_referred_panel_set_error    (DorsalReferredPanel *self,
                                                const char          *message);
const char *dorsal_referred_panel_get_error    (DorsalReferredPanel *self);

G_END_DECLS
