/*
 * The dashboard's station map: Leaflet from the WAR's webjar, markers from data attributes of #station-map (positions
 * already in the tile source's datum), a tile layer only when one is configured; otherwise circles and names on a plain
 * background. Clicking a marker opens that station's piles.
 */
(function () {
    function draw() {
        var el = document.getElementById('station-map');
        if (!el || typeof L === 'undefined' || el.dataset.drawn) {
            return;
        }
        el.dataset.drawn = 'true';
        var markers = JSON.parse(el.dataset.markers || '[]');
        var tiles = JSON.parse(el.dataset.tiles || '{}');
        var map = L.map(el, {attributionControl: !!tiles.url, zoomControl: true});
        if (tiles.url) {
            L.tileLayer(tiles.url, {maxZoom: tiles.maxZoom || 18, attribution: tiles.attribution || ''}).addTo(map);
        } else {
            el.classList.add('station-map-plain');
        }
        var bounds = [];
        markers.forEach(function (s) {
            var colour = s.status === 'OPERATING' ? '#2e9d5b' : '#8a8f98';
            var marker = L.circleMarker([s.lat, s.lng], {
                radius: 9, color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 0.95,
                className: 'station-marker station-marker-' + s.id
            }).addTo(map);
            marker.bindTooltip(s.name, {permanent: true, direction: 'right', offset: [10, 0], className: 'station-label'});
            marker.on('click', function () {
                window.location.href = el.dataset.open + s.id;
            });
            bounds.push([s.lat, s.lng]);
        });
        if (bounds.length === 1) {
            map.setView(bounds[0], 14);
        } else if (bounds.length > 1) {
            map.fitBounds(bounds, {padding: [40, 40], maxZoom: 15});
        } else {
            map.setView([35, 105], 4);
        }
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
