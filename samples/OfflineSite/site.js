// Filters the article list and the articles as the reader types: plain JavaScript, no network.
(function () {
  var search = document.getElementById('search');
  var count = document.getElementById('match-count');
  var articles = Array.prototype.slice.call(document.querySelectorAll('article.article'));
  var items = Array.prototype.slice.call(document.querySelectorAll('#article-list li'));

  function filter() {
    var query = search.value.trim().toLowerCase();
    var shown = 0;
    articles.forEach(function (article, index) {
      var matches = query === '' || article.getAttribute('data-search').indexOf(query) >= 0;
      article.hidden = !matches;
      items[index].hidden = !matches;
      if (matches) { shown++; }
    });
    count.textContent = shown + ' of ' + articles.length + ' articles';
  }

  search.addEventListener('input', filter);
  filter();
})();
