// Click-to-load video players. The build turns a YouTube or Vimeo link alone
// in its paragraph into a placeholder (src/markdown/video-embeds.ts) that asks
// nothing of the provider; this adds a play button to each, and only a press
// on it loads the player. Without JavaScript the placeholder stays a link.
(function () {
  "use strict";

  // The two shapes the build makes (and the sanitiser lets through): checked
  // again here so nothing else can ever become a frame's address.
  var PLAYER = /^(?:https:\/\/www\.youtube-nocookie\.com\/embed\/[A-Za-z0-9_-]{11}\?autoplay=1(?:&start=[0-9]+)?|https:\/\/player\.vimeo\.com\/video\/[1-9][0-9]{0,11}\?(?:h=[0-9a-f]{8,20}&)?dnt=1&autoplay=1(?:#t=[0-9]+s)?)$/;

  function play(embed, box) {
    var frame = document.createElement("iframe");
    frame.className = "video-embed__frame";
    frame.src = embed.dataset.videoPlayer;
    frame.title = embed.dataset.videoFrame;
    frame.allow = "autoplay; fullscreen; picture-in-picture; encrypted-media";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    box.replaceChildren(frame);
    // The button the reader pressed is gone: focus goes to the player that replaced it.
    frame.focus();
  }

  var embeds = document.querySelectorAll(".video-embed[data-video-player]");
  for (var i = 0; i < embeds.length; i++) {
    var embed = embeds[i];
    var box = embed.querySelector(".video-embed__box");
    if (!box || !PLAYER.test(embed.dataset.videoPlayer)) continue;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "video-embed__play";
    button.setAttribute("aria-label", embed.dataset.videoPlay);
    button.addEventListener("click", play.bind(null, embed, box));
    box.appendChild(button);
  }
})();
