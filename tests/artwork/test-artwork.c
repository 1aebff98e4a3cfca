/* test-artwork.c: the four anatomy drawings carry every required id exactly once, in the right
 * layer, with a non-empty rendered box, and their geometry is anatomically sane.
 *
 * Reads $DORSAL_SOURCE_ROOT/resources/diagrams/<view>.svg. Geometry is measured with a user
 * stylesheet that shows every layer (a display:none element has an empty box), in document
 * units. One unit is one millimetre of the model in the posterior and anterior views (the side
 * and axial views are written larger), so the millimetre thresholds below apply to those two;
 * the side view is checked with ratios. */

#include <glib.h>
#include <librsvg/rsvg.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <string.h>

#define SCALE 4.0

static const char *const views[] = { "posterior", "anterior", "lateral", "vertebra" };

static const char show_all_css[] =
  "g[id^='layer-'], [id^='condition-'] { display: inline !important }";

typedef struct {
  char *path;
  RsvgHandle *all;       /* every layer shown */
  RsvgHandle *plain;     /* as the file says */
  RsvgRectangle viewport;
  xmlDoc *doc;
  GHashTable *id_count;  /* id -> count */
  GHashTable *id_layer;  /* id -> layer name, or "" if outside any layer */
} View;

static View loaded[G_N_ELEMENTS (views)];

static char *
diagram_path (const char *view)
{
  const char *root = g_getenv ("DORSAL_SOURCE_ROOT");
  char *name = g_strconcat (view, ".svg", NULL);
  char *path = g_build_filename (root ? root : ".", "resources", "diagrams", name, NULL);
  g_free (name);
  return path;
}

static void
scan_ids (View *v, xmlNode *node, const char *layer)
{
  for (; node; node = node->next)
    {
      const char *here = layer;
      xmlChar *id;
      if (node->type != XML_ELEMENT_NODE)
        continue;
      id = xmlGetProp (node, (const xmlChar *) "id");
      if (id)
        {
          const char *s = (const char *) id;
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (v->id_count, s));
          g_hash_table_insert (v->id_count, g_strdup (s), GUINT_TO_POINTER (n + 1));
          if (g_str_has_prefix (s, "layer-"))
            here = g_intern_string (s + strlen ("layer-"));
          else if (!g_hash_table_contains (v->id_layer, s))
            g_hash_table_insert (v->id_layer, g_strdup (s), g_strdup (layer ? layer : ""));
          xmlFree (id);
        }
      scan_ids (v, node->children, here);
    }
}

static View *
get_view (guint i)
{
  View *v = &loaded[i];
  GError *error = NULL;
  gboolean has_vb = FALSE, has_w = FALSE, has_h = FALSE;
  RsvgLength w, h;
  RsvgRectangle vb;

  if (v->all)
    return v;
  v->path = diagram_path (views[i]);
  v->all = rsvg_handle_new_from_file (v->path, &error);
  g_assert_no_error (error);
  v->plain = rsvg_handle_new_from_file (v->path, &error);
  g_assert_no_error (error);
  g_assert_true (rsvg_handle_set_stylesheet (v->all, (const guint8 *) show_all_css,
                                             strlen (show_all_css), &error));
  g_assert_no_error (error);
  rsvg_handle_get_intrinsic_dimensions (v->all, &has_w, &w, &has_h, &h, &has_vb, &vb);
  g_assert_true (has_vb);
  /* measured at 4x: librsvg 2.54 returns wrong ink boxes for some groups when the viewport
   * is exactly the viewBox size (scale 1); box () scales the results back to model units */
  v->viewport = (RsvgRectangle) { 0, 0, vb.width * SCALE, vb.height * SCALE };
  v->doc = xmlReadFile (v->path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (v->doc);
  v->id_count = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  v->id_layer = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  scan_ids (v, xmlDocGetRootElement (v->doc), NULL);
  return v;
}

static gboolean
box_of (RsvgHandle *handle, const RsvgRectangle *viewport, const char *id, RsvgRectangle *out)
{
  char *ref = g_strconcat ("#", id, NULL);
  RsvgRectangle ink, logical;
  GError *error = NULL;
  gboolean ok = rsvg_handle_get_geometry_for_layer (handle, ref, viewport, &ink, &logical, &error);
  g_clear_error (&error);
  g_free (ref);
  if (ok)
    *out = ink;
  return ok;
}

static RsvgRectangle
box (View *v, const char *id)
{
  RsvgRectangle r = { 0, 0, 0, 0 };
  if (!box_of (v->all, &v->viewport, id, &r))
    g_error ("%s: no box for #%s", v->path, id);
  return (RsvgRectangle) { r.x / SCALE, r.y / SCALE, r.width / SCALE, r.height / SCALE };
}

static double cx (RsvgRectangle r) { return r.x + r.width / 2; }
static double cy (RsvgRectangle r) { return r.y + r.height / 2; }

static RsvgRectangle
unite (RsvgRectangle a, RsvgRectangle b)
{
  double x0 = MIN (a.x, b.x), y0 = MIN (a.y, b.y);
  double x1 = MAX (a.x + a.width, b.x + b.width), y1 = MAX (a.y + a.height, b.y + b.height);
  return (RsvgRectangle) { x0, y0, x1 - x0, y1 - y0 };
}

/* the layer an interactive id belongs in, from its prefix (DESIGN.md "Ids") */
static const char *
expected_layer (const char *id)
{
  static const struct { const char *prefix, *layer; } map[] = {
    { "costal-cartilage-", "cartilage" }, { "costal-facet-", "bones" },
    { "vertebral-body", "bones" }, { "vertebra-", "bones" }, { "rib-", "bones" },
    { "sternum-", "bones" }, { "xiphoid-process", "bones" }, { "clavicle-", "bones" },
    { "scapula-", "bones" }, { "pedicle-", "bones" }, { "lamina-", "bones" },
    { "spinous-process", "bones" }, { "transverse-process-", "bones" },
    { "superior-facet-", "bones" }, { "disc-", "discs" }, { "facet-", "discs" },
    { "spinal-cord", "nerves" }, { "nerve-root-", "nerves" }, { "trapezius", "muscles" },
    { "rhomboid-", "muscles" }, { "erector-spinae-", "muscles" }, { "organ-", "organs" },
    { "dermatome-", "dermatomes" }, { "zone-", "zones" }, { "referred-", "referred" },
    { "condition-", "conditions" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (g_str_has_prefix (id, map[i].prefix))
      return map[i].layer;
  return NULL;
}

static GPtrArray *
required_ids (const char *view)
{
  GPtrArray *a = g_ptr_array_new_with_free_func (g_free);
  static const char *const sides[] = { "left", "right" };
  if (g_str_equal (view, "posterior") || g_str_equal (view, "lateral"))
    {
      g_ptr_array_add (a, g_strdup ("vertebra-c7"));
      for (int n = 1; n <= 12; n++)
        g_ptr_array_add (a, g_strdup_printf ("vertebra-t%d", n));
      g_ptr_array_add (a, g_strdup ("vertebra-l1"));
    }
  if (g_str_equal (view, "posterior") || g_str_equal (view, "anterior"))
    {
      for (int s = 0; s < 2; s++)
        for (int n = 1; n <= 12; n++)
          g_ptr_array_add (a, g_strdup_printf ("rib-%s-%d", sides[s], n));
      for (int n = 1; n <= 12; n++)
        g_ptr_array_add (a, g_strdup_printf ("dermatome-t%d", n));
    }
  if (g_str_equal (view, "posterior"))
    {
      static const char *const ids[] = {
        "scapula-left", "scapula-right", "trapezius", "rhomboid-major-left", "rhomboid-major-right",
        "rhomboid-minor-left", "rhomboid-minor-right", "erector-spinae-left", "erector-spinae-right",
        "zone-neck", "zone-between-shoulder-blades", "zone-mid-back", "zone-band-left",
        "zone-band-right", "zone-lower-back", "organ-kidney-left", "organ-kidney-right",
        "referred-between-shoulder-blades", "referred-right-shoulder-blade-tip",
        "referred-mid-back", "referred-flank-left", "referred-flank-right",
        "referred-band-left", "referred-band-right", "referred-neck",
      };
      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        g_ptr_array_add (a, g_strdup (ids[i]));
    }
  if (g_str_equal (view, "anterior"))
    {
      static const char *const ids[] = {
        "sternum-manubrium", "sternum-body", "xiphoid-process", "clavicle-left", "clavicle-right",
        "organ-heart", "organ-lung-left", "organ-lung-right", "organ-liver", "organ-aorta",
        "organ-oesophagus", "organ-stomach", "organ-gallbladder", "organ-pancreas",
        "zone-chest-front", "referred-chest-centre", "referred-left-arm", "referred-jaw",
        "referred-neck", "referred-under-right-ribs", "referred-upper-belly",
        "referred-band-left", "referred-band-right",
      };
      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        g_ptr_array_add (a, g_strdup (ids[i]));
      for (int s = 0; s < 2; s++)
        for (int n = 1; n <= 10; n++)
          g_ptr_array_add (a, g_strdup_printf ("costal-cartilage-%s-%d", sides[s], n));
    }
  if (g_str_equal (view, "lateral"))
    {
      g_ptr_array_add (a, g_strdup ("disc-c7-t1"));
      g_ptr_array_add (a, g_strdup ("disc-t12-l1"));
      for (int n = 1; n <= 11; n++)
        {
          g_ptr_array_add (a, g_strdup_printf ("disc-t%d-t%d", n, n + 1));
          g_ptr_array_add (a, g_strdup_printf ("facet-t%d-t%d", n, n + 1));
        }
      for (int n = 1; n <= 12; n++)
        g_ptr_array_add (a, g_strdup_printf ("nerve-root-t%d", n));
      g_ptr_array_add (a, g_strdup ("spinal-cord"));
      g_ptr_array_add (a, g_strdup ("condition-compression-fracture"));
      g_ptr_array_add (a, g_strdup ("condition-disc-herniation"));
    }
  if (g_str_equal (view, "vertebra"))
    {
      static const char *const ids[] = {
        "vertebral-body", "pedicle-left", "pedicle-right", "lamina-left", "lamina-right",
        "spinous-process", "transverse-process-left", "transverse-process-right",
        "superior-facet-left", "superior-facet-right", "costal-facet-left", "costal-facet-right",
        "rib-head-left", "rib-head-right", "spinal-cord", "nerve-root-left", "nerve-root-right",
        "condition-disc-herniation-axial",
      };
      for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        g_ptr_array_add (a, g_strdup (ids[i]));
    }
  return a;
}

/* every required id exists exactly once, has a non-empty box and sits in its layer */
static void
test_required_ids (gconstpointer data)
{
  guint vi = GPOINTER_TO_UINT (data);
  View *v = get_view (vi);
  GPtrArray *ids = required_ids (views[vi]);
  GHashTableIter it;
  gpointer key, value;

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      guint n = GPOINTER_TO_UINT (g_hash_table_lookup (v->id_count, id));
      RsvgRectangle r;
      const char *layer = g_hash_table_lookup (v->id_layer, id);
      if (n != 1)
        g_error ("%s: #%s occurs %u times (want exactly once)", views[vi], id, n);
      r = box (v, id);
      if (!(r.width > 0 && r.height > 0))
        g_error ("%s: #%s has an empty rendered box", views[vi], id);
      if (g_strcmp0 (layer, expected_layer (id)) != 0)
        g_error ("%s: #%s is in layer '%s', want '%s'", views[vi], id, layer, expected_layer (id));
    }
  /* no id occurs twice, and every id outside <defs> is a layer or a known interactive id */
  g_hash_table_iter_init (&it, v->id_count);
  while (g_hash_table_iter_next (&it, &key, &value))
    {
      const char *id = key;
      const char *layer = g_hash_table_lookup (v->id_layer, id);
      if (GPOINTER_TO_UINT (value) != 1)
        g_error ("%s: #%s occurs %u times", views[vi], id, GPOINTER_TO_UINT (value));
      if (g_str_has_prefix (id, "layer-") || g_str_has_suffix (id, "-grad"))
        continue;
      if (expected_layer (id) == NULL)
        g_error ("%s: #%s is not a known kind of interactive id", views[vi], id);
      if (g_strcmp0 (layer, expected_layer (id)) != 0)
        g_error ("%s: #%s is in layer '%s', want '%s'", views[vi], id, layer, expected_layer (id));
    }
  g_ptr_array_unref (ids);
}

/* authoring rules for speed and theming (DESIGN.md "Drawing and hit-testing") */
static void
test_authoring_rules (gconstpointer data)
{
  guint vi = GPOINTER_TO_UINT (data);
  View *v = get_view (vi);
  xmlNode *root = xmlDocGetRootElement (v->doc);
  char *text = NULL;
  GError *error = NULL;
  const char *p;

  g_file_get_contents (v->path, &text, NULL, &error);
  g_assert_no_error (error);

  g_assert_true (xmlHasProp (root, (const xmlChar *) "viewBox") != NULL);
  g_assert_null (xmlHasProp (root, (const xmlChar *) "width"));
  g_assert_null (xmlHasProp (root, (const xmlChar *) "height"));
  g_assert_null (strstr (text, "<text"));
  g_assert_null (strstr (text, "filter"));
  g_assert_null (strstr (text, "<mask"));
  g_assert_null (strstr (text, "clip"));
  /* colours live in the one <style> block: no inline style or presentation colours */
  g_assert_null (strstr (text, " style=\""));
  g_assert_null (strstr (text, " fill=\""));
  g_assert_null (strstr (text, " stroke=\""));
  {
    char **parts = g_strsplit (text, "<style", -1);
    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    g_strfreev (parts);
  }
  /* opacity only as fill-opacity / stroke-opacity */
  for (p = strstr (text, "opacity"); p; p = strstr (p + 1, "opacity"))
    {
      gboolean ok = (p - text >= 5 && strncmp (p - 5, "fill-", 5) == 0)
                    || (p - text >= 7 && strncmp (p - 7, "stroke-", 7) == 0);
      if (!ok)
        g_error ("%s: plain 'opacity' at byte %ld", views[vi], (long) (p - text));
    }
  g_free (text);
}

/* what the file shows before the app restyles it: bones, cartilage, discs, context on; the
 * other layers off */
static void
test_default_visibility (gconstpointer data)
{
  guint vi = GPOINTER_TO_UINT (data);
  View *v = get_view (vi);
  static const char *const on[] = { "bones", "cartilage", "discs", "context" };
  static const char *const off[] = { "nerves", "muscles", "organs", "dermatomes", "zones",
                                     "referred", "conditions" };
  gboolean any_on = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (on); i++)
    {
      char *id = g_strconcat ("layer-", on[i], NULL);
      RsvgRectangle r;
      if (g_hash_table_contains (v->id_count, id))
        {
          g_assert_true (box_of (v->plain, &v->viewport, id, &r));
          if (!(r.width > 0 && r.height > 0))
            g_error ("%s: #%s is hidden by default", views[vi], id);
          any_on = TRUE;
        }
      g_free (id);
    }
  g_assert_true (any_on);
  for (guint i = 0; i < G_N_ELEMENTS (off); i++)
    {
      char *id = g_strconcat ("layer-", off[i], NULL);
      RsvgRectangle r = { 0, 0, 0, 0 };
      if (g_hash_table_contains (v->id_count, id) && box_of (v->plain, &v->viewport, id, &r)
          && r.width * r.height > 0)
        g_error ("%s: #%s is shown by default", views[vi], id);
      g_free (id);
    }
}

static void
test_vertebrae_ordered (void)
{
  for (guint vi = 0; vi < 3; vi += 2)   /* posterior and lateral */
    {
      View *v = get_view (vi);
      double last = -G_MAXDOUBLE;
      for (int n = 0; n <= 13; n++)
        {
          char *id = n == 0 ? g_strdup ("vertebra-c7") : n == 13 ? g_strdup ("vertebra-l1")
                                                                 : g_strdup_printf ("vertebra-t%d", n);
          RsvgRectangle r = box (v, id);
          if (!(cy (r) > last))
            g_error ("%s: #%s is not below the vertebra above it", views[vi], id);
          last = cy (r);
          g_free (id);
        }
    }
}

/* segment height (disc centre to disc centre) of T12 against T1 in the side view */
static void
test_lateral_heights (void)
{
  View *v = get_view (2);
  RsvgRectangle a = box (v, "disc-c7-t1"), b = box (v, "disc-t1-t2");
  RsvgRectangle c = box (v, "disc-t11-t12"), d = box (v, "disc-t12-l1");
  double t1 = hypot (cx (b) - cx (a), cy (b) - cy (a));
  double t12 = hypot (cx (d) - cx (c), cy (d) - cy (c));
  g_test_message ("T1 segment %.1f, T12 segment %.1f", t1, t12);
  g_assert_cmpfloat (t12, >, 1.25 * t1);
  /* a kyphosis: the middle of the column lies behind the T1-T12 chord (posterior is +x), by
   * about a tenth of the chord (25-30 mm over 290 mm for a 44 degree curve) */
  {
    RsvgRectangle t1b = box (v, "disc-c7-t1"), t12b = box (v, "disc-t12-l1"), mid = box (v, "disc-t6-t7");
    double chord_x = (cx (t1b) + cx (t12b)) / 2;
    double chord = hypot (cx (t12b) - cx (t1b), cy (t12b) - cy (t1b));
    double bow = (cx (mid) - chord_x) / chord;
    g_test_message ("apex lies %.3f of the chord behind it", bow);
    g_assert_cmpfloat (bow, >, 0.05);
    g_assert_cmpfloat (bow, <, 0.16);
  }
}

static void
test_rib_sides (void)
{
  View *p = get_view (0), *a = get_view (1);
  double mid_p = cx (box (p, "vertebra-t6"));
  double mid_a = cx (box (a, "sternum-body"));
  for (int n = 1; n <= 12; n++)
    {
      char *l = g_strdup_printf ("rib-left-%d", n), *r = g_strdup_printf ("rib-right-%d", n);
      /* posterior: the patient's left is on the viewer's left */
      g_assert_cmpfloat (cx (box (p, l)), <, mid_p);
      g_assert_cmpfloat (cx (box (p, r)), >, mid_p);
      /* anterior: the patient's left is on the viewer's right */
      g_assert_cmpfloat (cx (box (a, l)), >, mid_a);
      g_assert_cmpfloat (cx (box (a, r)), <, mid_a);
      g_free (l);
      g_free (r);
    }
  g_assert_cmpfloat (cx (box (a, "clavicle-left")), >, mid_a);
  g_assert_cmpfloat (cx (box (p, "scapula-left")), <, mid_p);
}

/* superior angle near T2, inferior angle near T7-T8; medial border about 5 cm from the midline */
static void
test_scapula_span (void)
{
  View *p = get_view (0);
  double mid = cx (box (p, "vertebra-t6"));
  for (int s = 0; s < 2; s++)
    {
      RsvgRectangle sc = box (p, s ? "scapula-right" : "scapula-left");
      RsvgRectangle t1 = box (p, "vertebra-t1"), t3 = box (p, "vertebra-t3");
      RsvgRectangle t7 = box (p, "vertebra-t7"), t8 = box (p, "vertebra-t8");
      double medial = s ? sc.x - mid : mid - (sc.x + sc.width);
      /* the spine of the scapula and the acromion reach a little above the superior angle */
      g_assert_cmpfloat (sc.y, >, t1.y - 12);
      g_assert_cmpfloat (sc.y, <, cy (t3));
      g_assert_cmpfloat (sc.y + sc.height, >, t7.y);
      g_assert_cmpfloat (sc.y + sc.height, <, t8.y + t8.height);
      g_test_message ("medial border %.1f from the midline", medial);
      g_assert_cmpfloat (medial, >, 40);
      g_assert_cmpfloat (medial, <, 65);
    }
}

static RsvgRectangle
sternum_box (View *a)
{
  return unite (unite (box (a, "sternum-manubrium"), box (a, "sternum-body")),
                box (a, "xiphoid-process"));
}

static gboolean
touches (RsvgRectangle a, RsvgRectangle b, double tol)
{
  return a.x - tol <= b.x + b.width && b.x - tol <= a.x + a.width
         && a.y - tol <= b.y + b.height && b.y - tol <= a.y + a.height;
}

static void
test_cartilages (void)
{
  View *a = get_view (1);
  RsvgRectangle st = sternum_box (a);
  for (int s = 0; s < 2; s++)
    for (int n = 1; n <= 10; n++)
      {
        char *id = g_strdup_printf ("costal-cartilage-%s-%d", s ? "right" : "left", n);
        RsvgRectangle c = box (a, id);
        if (n <= 7 && !touches (c, st, 0.5))
          g_error ("#%s does not reach the sternum", id);
        /* 8-10 join the cartilage above, not the sternum */
        if (n >= 8 && touches (c, st, 4.0))
          g_error ("#%s reaches the sternum (false ribs join the cartilage above)", id);
        g_free (id);
      }
}

/* the free ends of ribs 11 and 12 lie low in the flank, far from the sternum */
static void
test_floating_ribs (void)
{
  View *a = get_view (1);
  RsvgRectangle st = sternum_box (a);
  RsvgRectangle c7 = box (a, "costal-cartilage-left-7");
  for (int s = 0; s < 2; s++)
    for (int n = 11; n <= 12; n++)
      {
        char *id = g_strdup_printf ("rib-%s-%d", s ? "right" : "left", n);
        RsvgRectangle r = box (a, id);
        /* the tip is the outer lower corner of the box */
        double tip_x = s ? r.x : r.x + r.width, tip_y = r.y + r.height;
        double dx = tip_x < st.x ? st.x - tip_x : tip_x > st.x + st.width ? tip_x - (st.x + st.width) : 0;
        double dy = tip_y > st.y + st.height ? tip_y - (st.y + st.height) : 0;
        g_test_message ("#%s tip %.0f from the sternum", id, hypot (dx, dy));
        g_assert_cmpfloat (hypot (dx, dy), >, 60);
        /* and it ends below the lowest true-rib cartilage */
        g_assert_cmpfloat (tip_y, >, c7.y + c7.height);
        g_free (id);
      }
}

/* every referred-pain area agreed for issue 12 is drawn in at least one view */
static void
test_referred_areas (void)
{
  static const char *const ids[] = {
    "referred-chest-centre", "referred-left-arm", "referred-jaw", "referred-neck",
    "referred-between-shoulder-blades", "referred-under-right-ribs",
    "referred-right-shoulder-blade-tip", "referred-upper-belly", "referred-mid-back",
    "referred-flank-left", "referred-flank-right", "referred-band-left", "referred-band-right",
  };
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      gboolean found = FALSE;
      for (guint vi = 0; vi < G_N_ELEMENTS (views); vi++)
        found = found || g_hash_table_contains (get_view (vi)->id_count, ids[i]);
      if (!found)
        g_error ("#%s is in no view", ids[i]);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      char *p1 = g_strdup_printf ("/artwork/%s/required-ids", views[i]);
      char *p2 = g_strdup_printf ("/artwork/%s/authoring-rules", views[i]);
      char *p3 = g_strdup_printf ("/artwork/%s/default-visibility", views[i]);
      g_test_add_data_func (p1, GUINT_TO_POINTER (i), test_required_ids);
      g_test_add_data_func (p2, GUINT_TO_POINTER (i), test_authoring_rules);
      g_test_add_data_func (p3, GUINT_TO_POINTER (i), test_default_visibility);
      g_free (p1);
      g_free (p2);
      g_free (p3);
    }
  g_test_add_func ("/artwork/anatomy/vertebrae-ordered", test_vertebrae_ordered);
  g_test_add_func ("/artwork/anatomy/lateral-heights", test_lateral_heights);
  g_test_add_func ("/artwork/anatomy/rib-sides", test_rib_sides);
  g_test_add_func ("/artwork/anatomy/scapula-span", test_scapula_span);
  g_test_add_func ("/artwork/anatomy/costal-cartilages", test_cartilages);
  g_test_add_func ("/artwork/anatomy/floating-ribs", test_floating_ribs);
  g_test_add_func ("/artwork/anatomy/referred-areas", test_referred_areas);
  return g_test_run ();
}
