/* dorsal-kiosk.h: the waiting-room kiosk: locked full screen, attract screen and idle reset
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "dorsal-types.h"

G_BEGIN_DECLS

#define DORSAL_TYPE_KIOSK (dorsal_kiosk_get_type ())

G_DECLARE_FINAL_TYPE (DorsalKiosk, dorsal_kiosk, DORSAL, KIOSK, GObject)

GSettings   *dorsal_kiosk_settings_new           (GSettings       *real);

DorsalKiosk *dorsal_kiosk_attach                 (DorsalWindow    *window,
                                                  GSettings       *settings);
DorsalKiosk *dorsal_kiosk_get_for_window         (GtkWindow       *window);

gboolean     dorsal_kiosk_get_attract_visible    (DorsalKiosk     *self);
gboolean     dorsal_kiosk_get_countdown_visible  (DorsalKiosk     *self);
guint        dorsal_kiosk_get_countdown_seconds  (DorsalKiosk     *self);
void         dorsal_kiosk_set_countdown_seconds  (DorsalKiosk     *self,
                                                  guint            seconds);
void         dorsal_kiosk_set_attract_seconds    (DorsalKiosk     *self,
                                                  guint            seconds);
void         dorsal_kiosk_start_visit            (DorsalKiosk     *self);
void         dorsal_kiosk_still_here             (DorsalKiosk     *self);
void         dorsal_kiosk_reset                  (DorsalKiosk     *self);
gboolean     dorsal_kiosk_get_allow_printing     (DorsalKiosk     *self);

gboolean     dorsal_kiosk_key_is_blocked         (guint            keyval,
                                                  GdkModifierType  state);

G_END_DECLS
