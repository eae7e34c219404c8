<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>fewshot::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/main_window.cpp" line="16"/>
        <source>FewShot Studio %1</source>
        <translation>FewShot Studio %1</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="18"/>
        <source>Datasets will appear here: drop a folder of images (or one image) to see thumbnails and the import report. Until then, use &apos;fewshot dataset check DIR&apos;.</source>
        <translation>여기에 데이터셋이 표시됩니다: 이미지 폴더(또는 이미지 한 장)를 끌어다 놓으면 썸네일과 가져오기 보고서를 볼 수 있습니다. 그 전까지는 &apos;fewshot dataset check DIR&apos;을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="20"/>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="21"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="22"/>
        <source>The latent explorer will appear here: browse seeds, interpolate and mix styles of a trained generator. Until then, use &apos;fewshot sample&apos;.</source>
        <translation>여기에 잠재 공간 탐색기가 표시됩니다: 학습된 생성기의 시드를 둘러보고, 보간하고, 스타일을 섞을 수 있습니다. 그 전까지는 &apos;fewshot sample&apos;을 사용하세요.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="24"/>
        <source>Explore</source>
        <translation>탐색</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="25"/>
        <source>Exports will appear here: sample grids, videos and models.</source>
        <translation>여기에 내보내기가 표시됩니다: 샘플 격자, 동영상, 모델.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="25"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="28"/>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="43"/>
        <source>Training from the studio will appear here; for now train with &apos;fewshot train&apos;. The plot below is where losses will be drawn live.</source>
        <translation>스튜디오에서의 학습이 여기에 표시됩니다. 지금은 &apos;fewshot train&apos;으로 학습하세요. 아래 그래프에 손실이 실시간으로 그려집니다.</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="48"/>
        <source>iteration</source>
        <translation>반복</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="49"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="57"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="58"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="60"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="61"/>
        <source>&amp;About FewShot Studio</source>
        <translation>FewShot Studio 정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="65"/>
        <source>About FewShot Studio</source>
        <translation>FewShot Studio 정보</translation>
    </message>
    <message>
        <location filename="../widgets/main_window.cpp" line="66"/>
        <source>&lt;b&gt;FewShot Studio %1&lt;/b&gt;&lt;p&gt;Train and explore GANs on tiny datasets.&lt;/p&gt;</source>
        <translation>&lt;b&gt;FewShot Studio %1&lt;/b&gt;&lt;p&gt;아주 작은 데이터셋으로 GAN을 학습하고 탐색합니다.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
