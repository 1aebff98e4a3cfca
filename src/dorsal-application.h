/* dorsal-application.h: the application, its options and app-wide actions
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "dorsal-types.h"

G_BEGIN_DECLS

#define DORSAL_TYPE_APPLICATION (dorsal_application_get_type ())

G_DECLARE_FINAL_TYPE (DorsalApplication, dorsal_application, DORSAL, APPLICATION, AdwApplication)

DorsalApplication *dorsal_application_new          (void);
GSettings         *dorsal_application_get_settings (DorsalApplication *self);
GSettings         *dorsal_settings_dup             (void);
const char        *dorsal_choose_renderer          (void);

G_END_DECLS
