/* fuzz-common.h: helpers shared by the fuzz targets
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdint.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* The loaders read a GFile, as the app does, so each input goes through a
 * real file; /dev/shm keeps that cheap. Returns the path to unlink. */
static inline char *
fuzz_write_input (const uint8_t *data,
                  size_t         size,
                  const char    *suffix)
{
  g_autofree char *template = g_strdup_printf ("dorsal-fuzz-XXXXXX%s", suffix);
  const char *dir = g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir ();
  char *path = g_build_filename (dir, template, NULL);
  int fd = g_mkstemp_full (path, O_RDWR, 0600);
  size_t done = 0;

  g_assert (fd >= 0);
  while (done < size)
    {
      ssize_t n = write (fd, data + done, size - done);

      g_assert (n > 0);
      done += (size_t) n;
    }
  close (fd);
  return path;
}
